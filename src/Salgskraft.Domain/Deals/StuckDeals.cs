namespace Salgskraft.Domain.Deals;

/// <summary>An open deal that has not moved: the manager's cue for a deal review (seed 002).</summary>
public sealed record StuckDeal(Deal Deal, DateOnly LastProgressOn, int DaysWithoutProgress);

/// <summary>
/// Finds open deals with neither an activity nor a stage change for N days. The caller passes <c>today</c> (from its
/// <see cref="TimeProvider"/>) so the rule is a pure function and testable with any clock.
/// </summary>
/// <remarks>
/// Last progress = the latest of <see cref="Deal.LastActivityOn"/>, <see cref="Deal.StageChangedOn"/> and
/// <see cref="Deal.CreatedOn"/>. Days without progress = today − last progress. A deal is stuck when that is at
/// least N: with N = 30, a deal last touched on 1 March is stuck on 31 March, not on 30 March.
/// </remarks>
public static class StuckDeals
{
    public const int DefaultDays = 30;

    public static IReadOnlyList<StuckDeal> Find(IEnumerable<Deal> deals, DateOnly today, int days = DefaultDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return deals
            .Where(d => d.Status == DealStatus.Open)
            .Select(d =>
            {
                var last = LastProgressOn(d);
                return new StuckDeal(d, last, today.DayNumber - last.DayNumber);
            })
            .Where(s => s.DaysWithoutProgress >= days)
            .OrderByDescending(s => s.DaysWithoutProgress)
            .ThenBy(s => s.Deal.Id)
            .ToList();
    }

    public static DateOnly LastProgressOn(Deal deal)
    {
        var last = deal.StageChangedOn > deal.CreatedOn ? deal.StageChangedOn : deal.CreatedOn;
        return deal.LastActivityOn is { } activity && activity > last ? activity : last;
    }
}
