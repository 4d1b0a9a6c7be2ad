using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Customers;

/// <summary>
/// The customer platform of one period: the thresholds used, totals per group and in all, the placed customers and,
/// apart, the customers without net revenue. Lists are in a fixed order (revenue descending, then external id ordinal,
/// then customer id), so two runs over the same figures print the same.
/// </summary>
public sealed record PlatformResult(
    Period Period,
    PlatformThresholds Thresholds,
    IReadOnlyList<PlatformGroupTotals> Groups,
    PlatformGroupTotals Total,
    IReadOnlyList<PlatformCustomer> Customers,
    IReadOnlyList<CustomerPeriodFigures> NoRevenue)
{
    /// <summary>The totals of one group (there is always a row for each of the four, empty or not).</summary>
    public PlatformGroupTotals this[PlatformGroup group] => Groups[(int)group];
}

/// <summary>
/// The thresholds the grouping used, so the plot can draw its quadrant lines and say what they are.
/// </summary>
/// <param name="HighRevenueShare">The share of placed revenue the high-revenue customers reach (0.8 by default).</param>
/// <param name="HighRevenueFrom">Revenue of the smallest high-revenue customer: revenue at or above it is high. Null with no placed customers.</param>
/// <param name="MarginThreshold">The margin that counts as reaching the threshold; null when it is the overall margin and no customer is placed.</param>
/// <param name="MarginThresholdIsOverall">The threshold is the placed customers' overall margin rather than a fixed setting.</param>
/// <param name="ContributionFloor">The contribution a low-revenue customer must reach to be a question mark.</param>
/// <param name="MarginAfterSalesCost">Margin, overall margin and contribution are taken after sales cost.</param>
public sealed record PlatformThresholds(
    decimal HighRevenueShare,
    decimal? HighRevenueFrom,
    decimal? MarginThreshold,
    bool MarginThresholdIsOverall,
    decimal ContributionFloor,
    bool MarginAfterSalesCost);

/// <summary>
/// One row of the group table. <see cref="Group"/> is null on the total row. Margins are null when there is no revenue
/// to divide by (an empty group).
/// </summary>
public sealed record PlatformGroupTotals(
    PlatformGroup? Group,
    int Count,
    int NewCount,
    decimal Revenue,
    decimal ShareOfRevenue,
    decimal Cost,
    decimal Contribution,
    decimal? Margin,
    decimal SalesCost,
    decimal ContributionAfterSalesCost,
    decimal? MarginAfterSalesCost);

/// <summary>One placed customer: its figures before and after sales cost, its group, and whether it is new.</summary>
public sealed record PlatformCustomer(
    int CustomerId,
    string ExternalId,
    string Name,
    decimal Revenue,
    decimal Cost,
    decimal Contribution,
    decimal Margin,
    decimal SalesCost,
    decimal ContributionAfterSalesCost,
    decimal MarginAfterSalesCost,
    PlatformGroup Group,
    bool IsNew,
    DateOnly? FirstPurchase,
    decimal? Potential,
    int? OwnerId,
    int? UnitId);
