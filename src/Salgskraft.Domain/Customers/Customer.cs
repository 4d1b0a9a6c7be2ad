namespace Salgskraft.Domain.Customers;

public sealed class Customer
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    /// <summary>Customer number in the company's ERP/CRM.</summary>
    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public string? Segment { get; set; }

    /// <summary>The salesperson who owns the customer.</summary>
    public int? OwnerId { get; set; }

    public int? UnitId { get; set; }

    /// <summary>Estimated yearly purchase of what we sell, in the company's currency.</summary>
    public decimal? Potential { get; set; }

    /// <summary>
    /// Named by a manager as a customer to develop (utviklingskunde): prioritised in the result model's qualify index
    /// beside the Key, Star and high-potential customers, whatever its group on the platform.
    /// </summary>
    public bool IsDevelopmentCustomer { get; set; }
}
