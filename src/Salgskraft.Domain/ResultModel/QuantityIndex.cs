using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// Quantity (kvantitet): enough sales activity. Activities against the activity goals, and time with customers
/// against the 40–60 % reference band.
/// </summary>
/// <remarks>
/// activity part A = 100 × Σ wᵍ·min(actualᵍ / targetᵍ, 1.5) / Σ wᵍ over goals with a positive target and weight;
/// time part B = 100 when the customer-time share t ≥ 40 %, else 100 × t / 40 %; index = ¾A + ¼B, or whichever part
/// exists, clamped to 0..200; null when neither exists (no activity goal and no known working time).
/// </remarks>
public sealed record QuantityIndex(IReadOnlyList<ActivityGoalProgress> Goals, decimal? CustomerTimeShare)
{
    /// <summary>Attainment of one goal counts up to 150 %, so many calls cannot fully make up for missing meetings.</summary>
    public const decimal GoalCap = 1.5m;

    /// <summary>Weight of the activity part when both parts exist; the time part gets the rest.</summary>
    public const decimal ActivityWeight = 0.75m;

    public decimal? ActivityPart
    {
        get
        {
            var counted = Goals.Where(g => g.Goal.Target > 0 && g.Goal.Weight > 0).ToList();
            if (counted.Count == 0)
            {
                return null;
            }

            var weighted = counted.Sum(g => g.Goal.Weight * Math.Min(g.Attainment!.Value, GoalCap));
            return IndexScale.OnPlan * weighted / counted.Sum(g => g.Goal.Weight);
        }
    }

    /// <summary>
    /// Below the band the part falls in proportion; within or above it the person is on plan, because more time with
    /// customers is not less quantity (whether it is the right customers is the qualify index's question).
    /// </summary>
    public decimal? TimePart => CustomerTimeShare is { } t
        ? t >= CustomerTime.ReferenceLow ? IndexScale.OnPlan : IndexScale.FromRatio(t, CustomerTime.ReferenceLow)
        : null;

    /// <summary>The exact index; round with <see cref="IndexScale.Round"/> for output.</summary>
    public decimal? Value => (ActivityPart, TimePart) switch
    {
        ({ } a, { } b) => IndexScale.Clamp((ActivityWeight * a) + ((1 - ActivityWeight) * b)),
        ({ } a, null) => IndexScale.Clamp(a),
        (null, { } b) => b,
        _ => null,
    };

    /// <summary>
    /// Gathers the figures for one person and period. Goals are targets for this period (the caller scales weekly
    /// goals); working minutes are the person's working time in the period, 0 when unknown.
    /// </summary>
    public static QuantityIndex From(
        IEnumerable<Activity> activities,
        IEnumerable<ActivityType> types,
        IEnumerable<ActivityGoal> goals,
        Period period,
        int workingMinutes)
    {
        var inPeriod = activities.Where(a => period.Contains(a.Date)).ToList();
        return new QuantityIndex(
            goals.Select(g => g.Progress(inPeriod)).ToList(),
            CustomerTime.Share(CustomerTime.Minutes(inPeriod, types.ToDictionary(t => t.Id)), workingMinutes));
    }
}
