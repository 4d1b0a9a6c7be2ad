namespace Salgskraft.Domain.Customers;

/// <summary>
/// A sales cost booked directly on a customer (travel, samples, commission, …), imported from the company's accounts. Added
/// to the customer's activity cost in the platform's sales cost (<see cref="SalesCost"/>); like an activity it counts for
/// the scope of the person it is booked on.
/// </summary>
public sealed class DirectSalesCost
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    /// <summary>The voucher id in the company's accounts, or a key derived from the row (the key a re-import upserts by).</summary>
    public required string ExternalId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>Who the cost is booked on: the file's salesperson, else the customer's owner at import; null = company only.</summary>
    public int? PersonId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>In the company's currency; a negative amount corrects an earlier one.</summary>
    public decimal Amount { get; set; }

    public string? Note { get; set; }
}
