using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>Who a goal belongs to in the cascade company → unit → person.</summary>
public enum GoalOwnerLevel
{
    Company,
    Unit,
    Person,
}

/// <summary>
/// One goal: what is measured, for whom, over which period, and the target. A plain record so the
/// persistence layer can map it as it is; the agreement workflow lives in <see cref="GoalAgreement"/>.
/// </summary>
/// <param name="Kind">What is measured.</param>
/// <param name="OwnerLevel">Whether the goal is the company's, a unit's or a person's.</param>
/// <param name="OwnerId">The id of the company, unit or person named by <paramref name="OwnerLevel"/>.</param>
/// <param name="Period">The period the target is for.</param>
/// <param name="Target">In the kind's <see cref="GoalKinds.Unit"/>: an amount, a count, or a fraction (0.25 = 25 %).</param>
public sealed record Goal(GoalKind Kind, GoalOwnerLevel OwnerLevel, int OwnerId, Period Period, decimal Target)
{
    public GoalDirection Direction { get; init; } = Kind.DefaultDirection();

    /// <summary>
    /// The goal's relative importance when goals are summed into one score; a share, not a percentage
    /// that must add to 100, so adding a goal does not force the others to be reweighted.
    /// </summary>
    public decimal Weight
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 1m;

    /// <summary>
    /// The product group, platform group or activity type the goal is about, for the kinds where
    /// <see cref="GoalKinds.NeedsSubject"/> is true; null for the others.
    /// </summary>
    public string? Subject { get; init; }

    public GoalCategory Category => Kind.Category();
}
