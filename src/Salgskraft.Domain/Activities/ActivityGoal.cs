namespace Salgskraft.Domain.Activities;

/// <summary>
/// A target number of activities of one type for the period being evaluated (a week for the week view; the caller
/// scales weekly goals to longer periods). <see cref="Weight"/> says how much this type counts in the quantity
/// index, so a company can let a meeting weigh more than a call. <see cref="QualifiedOnly"/> counts only qualified
/// activities, as in "10 qualified customer meetings per week".
/// </summary>
public sealed record ActivityGoal(int ActivityTypeId, decimal Target, decimal Weight = 1m, bool QualifiedOnly = false)
{
    /// <summary>The activities that count towards this goal.</summary>
    public int CountIn(IEnumerable<Activity> activities) =>
        activities.Count(a => a.ActivityTypeId == ActivityTypeId && (!QualifiedOnly || a.Qualified));

    public ActivityGoalProgress Progress(IEnumerable<Activity> activities) => new(this, CountIn(activities));
}
