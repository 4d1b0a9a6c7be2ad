namespace Salgskraft.Domain.Activities;

/// <summary>
/// The share of working time spent face to face or on the phone with customers (seed 003: a salesperson should
/// spend 40–60 % of the working time there). Digital activities and non-customer-facing types do not count.
/// </summary>
public static class CustomerTime
{
    public const decimal ReferenceLow = 0.40m;
    public const decimal ReferenceHigh = 0.60m;

    public static bool Counts(Activity activity, ActivityType type) =>
        type.IsCustomerFacing && activity.Channel is ActivityChannel.FaceToFace or ActivityChannel.Phone;

    /// <summary>Minutes of the given activities that count as time with customers.</summary>
    public static int Minutes(IEnumerable<Activity> activities, IReadOnlyDictionary<int, ActivityType> typesById) =>
        activities.Where(a => Counts(a, TypeOf(a, typesById))).Sum(a => a.DurationMinutes);

    /// <summary>Customer minutes / working minutes; null when no working time is known (nothing to divide by).</summary>
    public static decimal? Share(int customerMinutes, int workingMinutes) =>
        workingMinutes > 0 ? (decimal)customerMinutes / workingMinutes : null;

    /// <summary>Both ends of the band are within it: exactly 40 % or exactly 60 % is <see cref="CustomerTimeBand.Within"/>.</summary>
    public static CustomerTimeBand Classify(decimal share) => share switch
    {
        < ReferenceLow => CustomerTimeBand.Below,
        > ReferenceHigh => CustomerTimeBand.Above,
        _ => CustomerTimeBand.Within,
    };

    internal static ActivityType TypeOf(Activity activity, IReadOnlyDictionary<int, ActivityType> typesById) =>
        typesById.TryGetValue(activity.ActivityTypeId, out var type)
            ? type
            : throw new ArgumentException($"Activity {activity.Id} has an unknown activity type.", nameof(typesById));
}
