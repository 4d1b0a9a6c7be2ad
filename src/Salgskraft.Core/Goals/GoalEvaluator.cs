using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Goals;

/// <summary>
/// Evaluates a stored goal today (docs/goals.md §4, §7): the actual from the data (or the hand-entered one), the
/// expected value by now and the forecast from the domain's <see cref="GoalProgress"/>. Revenue-like goals longer
/// than a month follow the owner's seasonal profile of last year when there is one, and their forecast adds the
/// weighted pipeline expected to close within the period.
/// </summary>
public sealed class GoalEvaluator(GoalActuals actuals, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<GoalEvaluationDto> EvaluateAsync(StoredGoal goal, HolidayCountry country, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var owner = await actuals.ScopeAsync(goal.CompanyId, goal.OwnerLevel, goal.OwnerId, cancellationToken);
        var period = goal.Period;
        var to = today < period.End ? today : period.End;
        var measured = await actuals.MeasureAsync(owner, goal.Kind, goal.Subject, period.Start, to, country, cancellationToken);
        var manual = measured is null && goal.ManualActual is not null;
        var actual = manual ? goal.ManualActual : measured;

        decimal pipeline = 0;
        decimal[]? profile = null;
        if (goal.Kind is GoalKind.Revenue or GoalKind.ProductGroupRevenue)
        {
            pipeline = await actuals.WeightedPipelineAsync(owner, goal.Kind == GoalKind.ProductGroupRevenue ? goal.Subject : null, today, period.End,
                cancellationToken);
        }

        if (goal.Kind.Accrual() == GoalAccrual.Cumulative && goal.Kind.Unit() == GoalUnit.Money && period.Days > 31)
        {
            profile = await actuals.MonthlyRevenueAsync(owner, period.Start.AddYears(-1), cancellationToken);
            profile = profile.Any(v => v > 0) ? [.. profile.Select(v => Math.Max(v, 0))] : null;
        }

        var evaluation = GoalProgress.Evaluate(goal.ToGoal(), actual ?? 0, today, country, pipeline, profile);
        return new GoalEvaluationDto(actual, manual, evaluation.Expected, evaluation.Forecast, evaluation.Light);
    }
}
