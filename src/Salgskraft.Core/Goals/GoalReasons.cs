using Salgskraft.Core.Common;
using Salgskraft.Domain.Common;

namespace Salgskraft.Core.Goals;

/// <summary>
/// Why the goal services refuse a request, in English, Norwegian and Danish (<c>GoalReasons.resx</c>, <c>.nb</c>,
/// <c>.da</c>). One method per text; a text that would name a kind, a level or a party in English is one text per
/// variant. The goal rules of the domain (<see cref="Domain.Goals.GoalAgreement"/>, <see cref="Domain.Goals.SubGoalPlan"/>,
/// <see cref="Domain.Goals.Distribution"/>, <see cref="Domain.Goals.DistributionMethods"/>) are said by
/// <see cref="OfRefusal"/>: their texts are keyed by the rule's name.
/// </summary>
internal static class GoalReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Goals.GoalReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    /// <summary>
    /// The goal rule a domain exception of <see cref="Refusal"/> names; <see langword="null"/> for any other exception,
    /// which is a fault and must stay one.
    /// </summary>
    internal static Reason? OfRefusal(Exception exception) =>
        Refusal.TryRead(exception, out var rule, out var arguments) ? Texts.Of(rule, arguments) : null;

    // Goals (GoalService)

    /// <summary>A period as written in the API.</summary>
    public static Reason NotAPeriod(string? text) => Texts.Of(nameof(NotAPeriod), text);

    public static Reason ProductGroupRevenueNeedsSubject() => Texts.Of(nameof(ProductGroupRevenueNeedsSubject));

    public static Reason PlatformGroupShareNeedsSubject() => Texts.Of(nameof(PlatformGroupShareNeedsSubject));

    public static Reason ActivityCountNeedsSubject() => Texts.Of(nameof(ActivityCountNeedsSubject));

    public static Reason NegativeCountOrPercentage() => Texts.Of(nameof(NegativeCountOrPercentage));

    public static Reason NegativeWeight() => Texts.Of(nameof(NegativeWeight));

    public static Reason NotCoOwned() => Texts.Of(nameof(NotCoOwned));

    /// <summary>An action number the API does not know.</summary>
    public static Reason UnknownAction(int action) => Texts.Of(nameof(UnknownAction), action);

    public static Reason ActionNeedsText() => Texts.Of(nameof(ActionNeedsText));

    public static Reason NoteNeedsText() => Texts.Of(nameof(NoteNeedsText));

    public static Reason NotAParty() => Texts.Of(nameof(NotAParty));

    public static Reason NoPersonToSetGoalsFor(int ownerId) => Texts.Of(nameof(NoPersonToSetGoalsFor), ownerId);

    public static Reason NoUnitToSetGoalsFor(int ownerId) => Texts.Of(nameof(NoUnitToSetGoalsFor), ownerId);

    public static Reason NoCompanyToSetGoalsFor(int ownerId) => Texts.Of(nameof(NoCompanyToSetGoalsFor), ownerId);

    public static Reason ProposalNeedsTarget() => Texts.Of(nameof(ProposalNeedsTarget));

    // Strategies (StrategyService)

    public static Reason MainGoalNeedsText() => Texts.Of(nameof(MainGoalNeedsText));

    public static Reason NoPersonForStrategy(int ownerId) => Texts.Of(nameof(NoPersonForStrategy), ownerId);

    public static Reason NoUnitForStrategy(int ownerId) => Texts.Of(nameof(NoUnitForStrategy), ownerId);

    public static Reason NoCompanyForStrategy(int ownerId) => Texts.Of(nameof(NoCompanyForStrategy), ownerId);

    // Distribution (GoalDistributionService)

    public static Reason NotAMethod(string method) => Texts.Of(nameof(NotAMethod), method);

    public static Reason MarginPercentNotDistributable() => Texts.Of(nameof(MarginPercentNotDistributable));

    public static Reason CustomerLossNotDistributable() => Texts.Of(nameof(CustomerLossNotDistributable));

    public static Reason PlatformGroupShareNotDistributable() => Texts.Of(nameof(PlatformGroupShareNotDistributable));

    public static Reason PipelineValueNotDistributable() => Texts.Of(nameof(PipelineValueNotDistributable));

    public static Reason QualifiedMeetingsPerWeekNotDistributable() => Texts.Of(nameof(QualifiedMeetingsPerWeekNotDistributable));

    public static Reason VisitsPerWeekNotDistributable() => Texts.Of(nameof(VisitsPerWeekNotDistributable));

    public static Reason ClosingRateNotDistributable() => Texts.Of(nameof(ClosingRateNotDistributable));

    public static Reason CustomerSatisfactionNotDistributable() => Texts.Of(nameof(CustomerSatisfactionNotDistributable));

    /// <summary>A metric number the API does not know.</summary>
    public static Reason MetricNotDistributable(int metric) => Texts.Of(nameof(MetricNotDistributable), metric);

    public static Reason ProductGroupRevenueToDistributeNeedsSubject() => Texts.Of(nameof(ProductGroupRevenueToDistributeNeedsSubject));

    public static Reason PlatformGroupShareToDistributeNeedsSubject() => Texts.Of(nameof(PlatformGroupShareToDistributeNeedsSubject));

    public static Reason ActivityCountToDistributeNeedsSubject() => Texts.Of(nameof(ActivityCountToDistributeNeedsSubject));

    public static Reason SalespersonHasNoUnit() => Texts.Of(nameof(SalespersonHasNoUnit));

    /// <summary>The unit's name.</summary>
    public static Reason NoSalespeople(string unit) => Texts.Of(nameof(NoSalespeople), unit);

    public static Reason MonthGoalsFromYearGoal() => Texts.Of(nameof(MonthGoalsFromYearGoal));

    public static Reason NameTheUnit() => Texts.Of(nameof(NameTheUnit));

    public static Reason UnitNotFound(int unitId) => Texts.Of(nameof(UnitNotFound), unitId);

    /// <summary>A mix weight's method name.</summary>
    public static Reason NotAMixMethod(string method) => Texts.Of(nameof(NotAMixMethod), method);

    // Period reviews, the steering platform, the activity plan

    public static Reason LessonsNeeded() => Texts.Of(nameof(LessonsNeeded));

    /// <summary>The period as written in the API (<c>2025-03</c>) and the person's name.</summary>
    public static Reason PeriodAlreadyClosed(string period, string person) => Texts.Of(nameof(PeriodAlreadyClosed), period, person);

    public static Reason NotSignedInAsPerson() => Texts.Of(nameof(NotSignedInAsPerson));

    public static Reason ActivityFromRevenueGoal() => Texts.Of(nameof(ActivityFromRevenueGoal));

    public static Reason HistoryMonths() => Texts.Of(nameof(HistoryMonths));

    public static Reason NoWorkingDaysLeft() => Texts.Of(nameof(NoWorkingDaysLeft));
}
