using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Activities;

/// <summary>
/// One activity type's line in the week view: all activities of the type in the week, the qualified ones among them,
/// and progress against the week's goal for the type (null when the type has no goal).
/// </summary>
public sealed record ActivityTypeWeekLine(ActivityType Type, int Count, int Qualified, ActivityGoalProgress? Goal);

/// <summary>
/// The week view: what was done in one ISO week, per type against the weekly activity goals, and the share of the
/// working time spent with customers against the 40–60 % band.
/// </summary>
public sealed record ActivityWeekSummary(
    Period Week,
    IReadOnlyList<ActivityTypeWeekLine> Lines,
    int CustomerMinutes,
    int WorkingMinutes)
{
    /// <summary>Null when the working time of the week is unknown.</summary>
    public decimal? CustomerTimeShare => CustomerTime.Share(CustomerMinutes, WorkingMinutes);

    public CustomerTimeBand? CustomerTimeBand => CustomerTimeShare is { } share ? CustomerTime.Classify(share) : null;

    /// <summary>
    /// Summarises the activities of one person (or of a team, with the team's summed goals). Activities outside the
    /// week are ignored, so the caller may pass a wider range. Every type gets a line, in the order given, so the
    /// view shows zeros too. Goals are weekly, at most one per type; working minutes are the week's working time
    /// (e.g. 5 × 450).
    /// </summary>
    public static ActivityWeekSummary For(
        int isoYear,
        int week,
        IEnumerable<Activity> activities,
        IEnumerable<ActivityType> types,
        IEnumerable<ActivityGoal> goals,
        int workingMinutes)
    {
        var period = Period.Week(isoYear, week);
        var inWeek = activities.Where(a => period.Contains(a.Date)).ToList();
        var typeList = types.ToList();
        var goalByType = goals.ToDictionary(g => g.ActivityTypeId);

        var lines = typeList
            .Select(t =>
            {
                var ofType = inWeek.Where(a => a.ActivityTypeId == t.Id).ToList();
                return new ActivityTypeWeekLine(
                    t,
                    ofType.Count,
                    ofType.Count(a => a.Qualified),
                    goalByType.TryGetValue(t.Id, out var goal) ? goal.Progress(ofType) : null);
            })
            .ToList();

        return new ActivityWeekSummary(period, lines, CustomerTime.Minutes(inWeek, typeList.ToDictionary(t => t.Id)), workingMinutes);
    }
}
