namespace Salgskraft.Domain.Customers;

/// <summary>
/// One customer's figures for one period, as the database aggregate delivers them: the input of the customer platform.
/// Credit notes are already netted into <see cref="Revenue"/> and <see cref="Cost"/>.
/// </summary>
/// <param name="CustomerId">The customer's database id; the key everything else refers to.</param>
/// <param name="ExternalId">Customer number in the ERP/CRM; the stable tie-breaker for ordering.</param>
/// <param name="Name">Shown beside the number; never used for ordering or grouping.</param>
/// <param name="Revenue">Net revenue in the period.</param>
/// <param name="Cost">Net cost of goods in the period.</param>
/// <param name="SalesCost">Cost to serve in the period: activities × cost per activity type plus direct sales cost (see <see cref="SalesCost"/>).</param>
/// <param name="FirstPurchase">The customer's first purchase ever; null when unknown (then the customer is not marked new).</param>
/// <param name="Potential">Estimated yearly purchase of what we sell; null when not estimated.</param>
/// <param name="OwnerId">The owning salesperson, carried through for filters and drill-down.</param>
/// <param name="UnitId">The owning unit, carried through for filters and drill-down.</param>
public sealed record CustomerPeriodFigures(
    int CustomerId,
    string ExternalId,
    string Name,
    decimal Revenue,
    decimal Cost,
    decimal SalesCost = 0m,
    DateOnly? FirstPurchase = null,
    decimal? Potential = null,
    int? OwnerId = null,
    int? UnitId = null)
{
    public decimal Contribution => Revenue - Cost;

    public decimal ContributionAfterSalesCost => Revenue - Cost - SalesCost;

    /// <summary>Only customers that bought something net in the period are placed in a group.</summary>
    public bool HasRevenue => Revenue > 0;
}
