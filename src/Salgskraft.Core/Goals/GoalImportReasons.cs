using Salgskraft.Core.Common;

namespace Salgskraft.Core.Goals;

/// <summary>
/// Why a line of a goal file cannot be imported, in English, Norwegian and Danish (<c>GoalImportReasons.resx</c>,
/// <c>.nb</c>, <c>.da</c>). One method per text.
/// </summary>
internal static class GoalImportReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Goals.GoalImportReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    /// <param name="headers">The file's headers, each quoted, comma-separated.</param>
    public static Reason NoTargetColumn(string headers) => Texts.Of(nameof(NoTargetColumn), headers);

    public static Reason MonthColumnsOfSeveralYears() => Texts.Of(nameof(MonthColumnsOfSeveralYears));

    /// <param name="kind">The goal kind's code, e.g. <c>ProductGroupRevenue</c>.</param>
    public static Reason GoalNeedsSubject(string kind) => Texts.Of(nameof(GoalNeedsSubject), kind);

    /// <param name="firstLine">The line that has the goal first.</param>
    /// <param name="kind">The goal kind's code, e.g. <c>Revenue</c>.</param>
    /// <param name="period">The period as written in files, e.g. <c>2025-03</c>.</param>
    public static Reason DuplicateGoal(long firstLine, string kind, string period) => Texts.Of(nameof(DuplicateGoal), firstLine, kind, period);

    /// <summary>
    /// A goal step the goal rules refuse with several reasons at once, in their own words (English). A single reason of
    /// <see cref="GoalService"/> is kept as it is, in <see cref="GoalReasons"/>' three languages.
    /// </summary>
    public static Reason RefusedByGoalRules(string message) => Texts.Of(nameof(RefusedByGoalRules), message);

    public static Reason PersonAndUnit() => Texts.Of(nameof(PersonAndUnit));

    public static Reason NoSuchPerson(string person) => Texts.Of(nameof(NoSuchPerson), person);

    public static Reason NoSuchUnit(string unit) => Texts.Of(nameof(NoSuchUnit), unit);

    public static Reason NoOwner() => Texts.Of(nameof(NoOwner));

    public static Reason KindEmpty() => Texts.Of(nameof(KindEmpty));

    /// <param name="text">The value in the file.</param>
    /// <param name="kinds">The kinds' codes, comma-separated.</param>
    public static Reason NotAGoalKind(string text, string kinds) => Texts.Of(nameof(NotAGoalKind), text, kinds);

    public static Reason PeriodEmpty() => Texts.Of(nameof(PeriodEmpty));

    public static Reason NotAPeriod(string text) => Texts.Of(nameof(NotAPeriod), text);

    public static Reason WidePeriodNotAYear(string text) => Texts.Of(nameof(WidePeriodNotAYear), text);

    public static Reason PeriodNotTheMonthColumnsYear(string text, int year) => Texts.Of(nameof(PeriodNotTheMonthColumnsYear), text, year);

    public static Reason TargetEmpty() => Texts.Of(nameof(TargetEmpty));

    public static Reason NegativeCountOrPercentage() => Texts.Of(nameof(NegativeCountOrPercentage));
}
