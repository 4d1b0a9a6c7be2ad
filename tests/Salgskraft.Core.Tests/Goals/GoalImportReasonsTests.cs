using Salgskraft.Core.Common;
using System.Globalization;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Tests.Goals;

/// <summary>The goal import's reasons say in English exactly what they said before they had translations.</summary>
public sealed class GoalImportReasonsTests
{
    [Fact]
    public void English_IsTheTextTheApiAndTheHistoryKeep()
    {
        var kinds = string.Join(", ", Enum.GetNames<GoalKind>());
        (Reason Reason, string English)[] reasons =
        [
            (GoalImportReasons.NoTargetColumn("'person', 'kind'"),
                "the file needs a target column, or a column per month (jan..des, 1..12, 2025-01); headers found: 'person', 'kind'"),
            (GoalImportReasons.MonthColumnsOfSeveralYears(), "the month columns are of more than one year; import one year at a time"),
            (GoalImportReasons.GoalNeedsSubject(nameof(GoalKind.ProductGroupRevenue)),
                "a ProductGroupRevenue goal needs a subject (product group, platform group or activity type)"),
            (GoalImportReasons.DuplicateGoal(12_345, "Revenue", "2026-03"), "duplicate goal: line 12345 already has the Revenue goal of this owner for 2026-03"),
            (GoalImportReasons.RefusedByGoalRules("1000 is already proposed by the manager."), "1000 is already proposed by the manager."),
            (GoalImportReasons.PersonAndUnit(), "a goal belongs to a person or a unit, not both; leave one empty"),
            (GoalImportReasons.NoSuchPerson("P-1"), "no person 'P-1' that you can set goals for"),
            (GoalImportReasons.NoSuchUnit("S"), "no unit 'S' that you can set goals for"),
            (GoalImportReasons.NoOwner(), "name a person or a unit; the company's own goals are set by a director or an administrator"),
            (GoalImportReasons.KindEmpty(), "kind is required and empty"),
            (GoalImportReasons.NotAGoalKind("Fortune", kinds),
                $"'Fortune' is not a goal kind; use {kinds} or a Norwegian, Danish or English name (omsetning, dekningsgrad, …)"),
            (GoalImportReasons.PeriodEmpty(), "period is required and empty"),
            (GoalImportReasons.NotAPeriod("2026-13"), "'2026-13' is not a period; write 2025, 2025-Q1, 2025-03, 2025-W05 or FY2025-07"),
            (GoalImportReasons.WidePeriodNotAYear("2026-Q1"), "with a column per month the period is a year (2025), not 2026-Q1"),
            (GoalImportReasons.PeriodNotTheMonthColumnsYear("2025", 2026), "the period 2025 is not the year 2026 of the month columns"),
            (GoalImportReasons.TargetEmpty(), "target is required and empty"),
            (GoalImportReasons.NegativeCountOrPercentage(), "a count or a percentage cannot be negative"),
        ];

        Assert.Equal(reasons.Select(r => r.English), reasons.Select(r => r.Reason.ToString()));
        Assert.Equal(GoalImportReasons.Catalogue.Texts.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<object>().Count(), reasons.Length);
    }

    [Fact]
    public void NorwegianAndDanish_WriteNumbersWithoutGrouping()
    {
        var duplicate = GoalImportReasons.DuplicateGoal(12_345, "Revenue", "2026");
        var year = GoalImportReasons.PeriodNotTheMonthColumnsYear("2025", 2026);

        Assert.Equal("dobbelt mål: linje 12345 har allerede denne eierens Revenue-mål for 2026", duplicate.In(CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal("dobbelt mål: linje 12345 har allerede denne ejers Revenue-mål for 2026", duplicate.In(CultureInfo.GetCultureInfo("da-DK")));
        Assert.Equal("perioden 2025 er ikke månedskolonnenes år (2026)", year.In(CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal("perioden 2025 er ikke månedskolonnernes år (2026)", year.In(CultureInfo.GetCultureInfo("da-DK")));
    }
}
