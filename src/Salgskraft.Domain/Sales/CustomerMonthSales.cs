namespace Salgskraft.Domain.Sales;

/// <summary>
/// One customer's net sales in one calendar month by one salesperson: the aggregate that every customer-platform
/// view reads instead of the raw sales lines. Kept up to date by <c>Salgskraft.Core.Sales.SalesAggregate</c> inside
/// the transaction that writes or removes the lines (imports, undo, demo load).
/// </summary>
public sealed class CustomerMonthSales
{
    public long Id { get; set; }

    public int CompanyId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>The lines' salesperson; null for lines without one. A salesperson's platform sums only their rows.</summary>
    public int? SalespersonId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public decimal Revenue { get; set; }

    public decimal Cost { get; set; }

    /// <summary>Revenue from new products (the product or its group marked new): the Ansoff split's product axis.</summary>
    public decimal NewProductRevenue { get; set; }

    public int Lines { get; set; }

    /// <summary>The earliest line date in the month; the minimum over all months is the customer's first purchase.</summary>
    public DateOnly FirstPurchase { get; set; }
}
