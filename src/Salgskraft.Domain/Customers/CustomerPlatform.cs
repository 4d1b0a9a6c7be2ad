using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Customers;

/// <summary>
/// Places customers in the four groups of the customer platform (DOMAIN.md §3). A pure function of the figures and the
/// settings: the result never depends on the order of the input rows.
/// </summary>
public static class CustomerPlatform
{
    /// <summary>
    /// Groups the customers of one period. Customers with net revenue above zero are placed; the rest are returned
    /// apart as no-revenue. High revenue is the smallest set of top customers whose revenue reaches the share of the
    /// placed total, plus every customer with the same revenue as the smallest of them. A margin or contribution exactly
    /// at its threshold reaches it.
    /// </summary>
    /// <exception cref="ArgumentException">A customer id occurs twice.</exception>
    public static PlatformResult Classify(IEnumerable<CustomerPeriodFigures> customers, Period period, PlatformSettings settings)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);

        var all = customers.ToList();
        RequireDistinctIds(all);
        var ordered = all.OrderByDescending(c => c.Revenue).ThenBy(c => c.ExternalId, StringComparer.Ordinal).ThenBy(c => c.CustomerId).ToList();
        var placed = ordered.Where(c => c.HasRevenue).ToList();
        var noRevenue = ordered.Where(c => !c.HasRevenue).ToList();

        var afterSalesCost = settings.MarginAfterSalesCost;
        var totalRevenue = placed.Sum(c => c.Revenue);
        var totalContribution = placed.Sum(c => Basis(c, afterSalesCost));
        var highFrom = HighRevenueFrom(placed, settings.HighRevenueShare);

        // The margin threshold as a fraction, so "at the threshold" is decided exactly: with the overall margin as
        // threshold, a customer whose margin equals it must not fall below it through rounding of the division.
        var (numerator, denominator) = settings.MarginThreshold is { } fixedThreshold
            ? (fixedThreshold, 1m)
            : (totalContribution, totalRevenue);

        var rows = placed.Select(c =>
        {
            var contribution = Basis(c, afterSalesCost);
            var reachesMargin = contribution * denominator >= numerator * c.Revenue;
            var group = c.Revenue >= highFrom
                ? reachesMargin ? PlatformGroup.Key : PlatformGroup.Star
                : reachesMargin && contribution >= settings.ContributionFloor ? PlatformGroup.QuestionMark : PlatformGroup.PhaseOut;
            return new PlatformCustomer(
                c.CustomerId, c.ExternalId, c.Name, c.Revenue, c.Cost, c.Contribution, c.Contribution / c.Revenue, c.SalesCost,
                c.ContributionAfterSalesCost, c.ContributionAfterSalesCost / c.Revenue, group, IsNew(c, period),
                c.FirstPurchase, c.Potential, c.OwnerId, c.UnitId);
        }).ToList();

        var thresholds = new PlatformThresholds(
            settings.HighRevenueShare,
            placed.Count == 0 ? null : highFrom,
            settings.MarginThreshold ?? (totalRevenue > 0 ? totalContribution / totalRevenue : null),
            settings.MarginThreshold is null,
            settings.ContributionFloor,
            afterSalesCost);

        var groups = Enum.GetValues<PlatformGroup>().Select(g => Totals(g, rows.Where(r => r.Group == g).ToList(), totalRevenue)).ToList();
        return new PlatformResult(period, thresholds, groups, Totals(null, rows, totalRevenue), rows, noRevenue);
    }

    /// <summary>Classify with the default settings of DOMAIN.md §3.</summary>
    public static PlatformResult Classify(IEnumerable<CustomerPeriodFigures> customers, Period period) =>
        Classify(customers, period, PlatformSettings.Default);

    /// <summary>New within its group: the first purchase ever falls inside the period.</summary>
    public static bool IsNew(CustomerPeriodFigures customer, Period period)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(period);
        return customer.FirstPurchase is { } first && period.Contains(first);
    }

    private static decimal Basis(CustomerPeriodFigures c, bool afterSalesCost) =>
        afterSalesCost ? c.ContributionAfterSalesCost : c.Contribution;

    /// <summary>
    /// The revenue of the customer that makes the running total reach the share; everyone at or above it is high. Taking
    /// a revenue rather than a rank is what keeps ties independent of row order.
    /// </summary>
    private static decimal HighRevenueFrom(IReadOnlyList<CustomerPeriodFigures> placedByRevenueDescending, decimal share)
    {
        var target = share * placedByRevenueDescending.Sum(c => c.Revenue);
        var running = 0m;
        foreach (var customer in placedByRevenueDescending)
        {
            running += customer.Revenue;
            if (running >= target)
            {
                return customer.Revenue;
            }
        }

        // Only reached with no placed customers: nothing is high.
        return decimal.MaxValue;
    }

    private static PlatformGroupTotals Totals(PlatformGroup? group, IReadOnlyList<PlatformCustomer> rows, decimal totalRevenue)
    {
        var revenue = rows.Sum(r => r.Revenue);
        var contribution = rows.Sum(r => r.Contribution);
        var afterSalesCost = rows.Sum(r => r.ContributionAfterSalesCost);
        return new PlatformGroupTotals(
            group,
            rows.Count,
            rows.Count(r => r.IsNew),
            revenue,
            totalRevenue > 0 ? revenue / totalRevenue : 0m,
            rows.Sum(r => r.Cost),
            contribution,
            revenue > 0 ? contribution / revenue : null,
            rows.Sum(r => r.SalesCost),
            afterSalesCost,
            revenue > 0 ? afterSalesCost / revenue : null);
    }

    private static void RequireDistinctIds(IEnumerable<CustomerPeriodFigures> customers)
    {
        var seen = new HashSet<int>();
        foreach (var customer in customers)
        {
            if (!seen.Add(customer.CustomerId))
            {
                throw new ArgumentException($"Customer {customer.CustomerId} occurs more than once.", nameof(customers));
            }
        }
    }
}
