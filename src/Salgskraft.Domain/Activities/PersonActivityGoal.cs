namespace Salgskraft.Domain.Activities;

/// <summary>
/// A person's weekly activity goal for one activity type, as the manager sets it ("10 qualified customer meetings per
/// week"). Deliberately simple: the general goal system (Goals) may later own these; until then the week view and the
/// quantity index read them from here.
/// </summary>
public sealed class PersonActivityGoal
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int PersonId { get; set; }

    public int ActivityTypeId { get; set; }

    /// <summary>Target number of activities per working week.</summary>
    public decimal WeeklyTarget { get; set; }

    /// <summary>How much the type counts in the quantity index (default 1).</summary>
    public decimal Weight { get; set; } = 1m;

    /// <summary>Count only qualified activities.</summary>
    public bool QualifiedOnly { get; set; }

    /// <summary>The goal for a span of <paramref name="weeks"/> working weeks (a week, or a longer period).</summary>
    public ActivityGoal For(decimal weeks) => new(ActivityTypeId, WeeklyTarget * weeks, Weight, QualifiedOnly);
}
