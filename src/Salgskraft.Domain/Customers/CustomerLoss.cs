namespace Salgskraft.Domain.Customers;

/// <summary>
/// Customer loss (<i>kundeavgang</i>): customers that bought in the previous period and not in this one. "Bought" means
/// net revenue above zero, the same test that places a customer on the platform, so a customer with only a credit note
/// this period is lost.
/// </summary>
/// <param name="CustomerIds">The lost customers, by id.</param>
/// <param name="PreviousBuyers">Customers that bought in the previous period.</param>
/// <param name="Rate">Lost / previous buyers; null when nobody bought in the previous period.</param>
/// <param name="LostRevenue">The lost customers' revenue in the previous period: what has to be won back or replaced.</param>
/// <param name="ShareOfPreviousRevenue">Lost revenue / all previous revenue of buyers; null when there was none.</param>
public sealed record CustomerLoss(
    IReadOnlyList<int> CustomerIds,
    int PreviousBuyers,
    decimal? Rate,
    decimal LostRevenue,
    decimal? ShareOfPreviousRevenue)
{
    public int Count => CustomerIds.Count;

    /// <summary>Compares the figures of two periods; customers missing from <paramref name="current"/> bought nothing.</summary>
    public static CustomerLoss Between(IEnumerable<CustomerPeriodFigures> previous, IEnumerable<CustomerPeriodFigures> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        var buyersNow = current.Where(c => c.HasRevenue).Select(c => c.CustomerId).ToHashSet();
        var buyersBefore = previous.Where(c => c.HasRevenue).ToList();
        var lost = buyersBefore.Where(c => !buyersNow.Contains(c.CustomerId)).OrderBy(c => c.CustomerId).ToList();
        var previousRevenue = buyersBefore.Sum(c => c.Revenue);
        var lostRevenue = lost.Sum(c => c.Revenue);

        return new CustomerLoss(
            lost.Select(c => c.CustomerId).ToList(),
            buyersBefore.Count,
            buyersBefore.Count > 0 ? (decimal)lost.Count / buyersBefore.Count : null,
            lostRevenue,
            previousRevenue > 0 ? lostRevenue / previousRevenue : null);
    }
}
