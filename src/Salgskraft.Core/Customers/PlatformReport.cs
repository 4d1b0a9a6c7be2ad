using Salgskraft.Domain.Customers;

namespace Salgskraft.Core.Customers;

/// <summary>
/// The customer platform as the API, the CLI and the export print it: groups by their stable codes (<c>Key</c>,
/// <c>Star</c>, <c>QuestionMark</c>, <c>PhaseOut</c>), customers by their external id (<see cref="PlatformReportCustomer.CustomerId"/>)
/// with the database id beside it for links. Fractions: 0.1777 = 17.77 %.
/// </summary>
public sealed record PlatformReport(
    string Period,
    string Currency,
    PlatformThresholds Thresholds,
    IReadOnlyList<PlatformReportGroup> Groups,
    PlatformReportGroup Total,
    IReadOnlyList<PlatformReportCustomer> Customers,
    IReadOnlyList<PlatformReportNoRevenue> NoRevenue)
{
    public static PlatformReport From(PlatformResult result, string currency)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PlatformReport(
            result.Period.ToString(),
            currency,
            result.Thresholds,
            result.Groups.Select(PlatformReportGroup.From).ToList(),
            PlatformReportGroup.From(result.Total),
            result.Customers.Select(c => new PlatformReportCustomer(
                c.CustomerId, c.ExternalId, c.Name, c.Revenue, c.Cost, c.Contribution, c.Margin, c.SalesCost,
                c.ContributionAfterSalesCost, c.MarginAfterSalesCost, c.Group.ToString(), c.IsNew, c.FirstPurchase, c.Potential)).ToList(),
            result.NoRevenue.Select(c => new PlatformReportNoRevenue(c.CustomerId, c.ExternalId, c.Name, c.Revenue, c.Cost)).ToList());
    }
}

/// <summary>One row of the group table; <see cref="Group"/> is null on the total row.</summary>
public sealed record PlatformReportGroup(
    string? Group,
    int Count,
    int NewCount,
    decimal Revenue,
    decimal ShareOfRevenue,
    decimal Cost,
    decimal Contribution,
    decimal? Margin,
    decimal SalesCost,
    decimal ContributionAfterSalesCost,
    decimal? MarginAfterSalesCost)
{
    public static PlatformReportGroup From(PlatformGroupTotals g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(g.Group?.ToString(), g.Count, g.NewCount, g.Revenue, g.ShareOfRevenue, g.Cost, g.Contribution, g.Margin, g.SalesCost,
            g.ContributionAfterSalesCost, g.MarginAfterSalesCost);
    }
}

/// <summary>
/// A placed customer. <see cref="Id"/> is the database id (for links to the customer page), <see cref="CustomerId"/>
/// the customer's external id (its number in the ERP/CRM).
/// </summary>
public sealed record PlatformReportCustomer(
    int Id,
    string CustomerId,
    string Name,
    decimal Revenue,
    decimal Cost,
    decimal Contribution,
    decimal Margin,
    decimal SalesCost,
    decimal ContributionAfterSalesCost,
    decimal MarginAfterSalesCost,
    string Group,
    bool IsNew,
    DateOnly? FirstPurchase,
    decimal? Potential);

/// <summary>A customer without net revenue in the period (no sales, or net credit): never placed.</summary>
public sealed record PlatformReportNoRevenue(int Id, string CustomerId, string Name, decimal Revenue, decimal Cost);
