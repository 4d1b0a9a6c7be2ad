using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Core.Customers;

/// <summary>
/// One customer across every view of the platform analysis: where it stands this period and the one before, its
/// figures, potential and stage. The row the customer lists behind each number show.
/// </summary>
public sealed record PlatformCustomerRow(
    int CustomerId,
    string ExternalId,
    string Name,
    PlatformPosition Position,
    bool IsNew,
    decimal Revenue,
    decimal Cost,
    decimal Contribution,
    decimal? Margin,
    decimal SalesCost,
    decimal ContributionAfterSalesCost,
    PlatformPosition PreviousPosition,
    decimal PreviousRevenue,
    decimal? Potential,
    PotentialClass PotentialClass,
    decimal? ShareOfWallet,
    DevelopmentStage Stage,
    int MonthsWithPurchases,
    bool IsLost);

/// <summary>One group of the target platform: goal and actual share of revenue and margin; a gap is actual − goal, null without a goal.</summary>
public sealed record PlatformTargetGap(
    PlatformGroup Group,
    decimal? GoalShareOfRevenue,
    decimal ShareOfRevenue,
    decimal? ShareGap,
    decimal? GoalMargin,
    decimal? Margin,
    decimal? MarginGap);

/// <summary>
/// Every view of the customer platform for one scope and period, computed once: the platform of this and the previous
/// period, the movement between them, the potential classes and group × potential grid, the Ansoff split, the
/// development stages, the customer loss, and the company's target platform. Pages keep it while the user looks
/// around, so nothing is recomputed on hover or filter.
/// </summary>
public sealed record PlatformAnalysis(
    Period Period,
    string Currency,
    PlatformResult Current,
    PlatformResult Previous,
    GroupMovement Movement,
    PotentialClasses Potentials,
    PotentialGrid PotentialGrid,
    AnsoffSplit Ansoff,
    DevelopmentStages Stages,
    CustomerLoss Loss,
    IReadOnlyList<PlatformTargetValue> Targets,
    IReadOnlyList<PlatformCustomerRow> Rows)
{
    /// <summary>The customers behind a number, by revenue descending (then external id), as <see cref="Rows"/> is.</summary>
    public IReadOnlyList<PlatformCustomerRow> Select(CustomerSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return selection.Kind switch
        {
            SelectionKind.All => Rows,
            SelectionKind.Group => Rows.Where(r => r.Position == selection.Position && r.Position != PlatformPosition.NotPlaced).ToList(),
            SelectionKind.NoRevenue => In(Current.NoRevenue.Select(c => c.CustomerId)),
            SelectionKind.Movement => In(Movement[selection.Position!.Value, selection.To!.Value].CustomerIds),
            SelectionKind.Potential => In(PotentialGrid[selection.Position!.Value, selection.Class!.Value].CustomerIds),
            SelectionKind.Ansoff => In(Ansoff[selection.Quadrant!.Value].CustomerIds),
            SelectionKind.Stage => In(Stages.CustomerIds(selection.Stage!.Value)),
            SelectionKind.Loss => In(Loss.CustomerIds),
            _ => throw new ArgumentOutOfRangeException(nameof(selection)),
        };
    }

    /// <summary>The target platform beside the actual: per group the goal and actual share of revenue and margin, and the gaps (actual − goal).</summary>
    public IReadOnlyList<PlatformTargetGap> TargetGaps() => Targets.Select(t =>
    {
        var actual = Current[t.Group];
        return new PlatformTargetGap(t.Group, t.RevenueShare, actual.ShareOfRevenue, actual.ShareOfRevenue - t.RevenueShare,
            t.Margin, actual.Margin, actual.Margin - t.Margin);
    }).ToList();

    private List<PlatformCustomerRow> In(IEnumerable<int> ids)
    {
        var set = ids.ToHashSet();
        return Rows.Where(r => set.Contains(r.CustomerId)).ToList();
    }
}
