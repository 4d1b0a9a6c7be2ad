namespace Salgskraft.Domain.Activities;

/// <summary>
/// The activity side of a customer's sales cost (cost to serve): each logged activity costs what the company has set
/// for its type. Imported direct sales cost is added elsewhere.
/// </summary>
public static class ActivityCost
{
    public static decimal Of(IEnumerable<Activity> activities, IReadOnlyDictionary<int, ActivityType> typesById) =>
        activities.Sum(a => CustomerTime.TypeOf(a, typesById).CostPerActivity);
}
