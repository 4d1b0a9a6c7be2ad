namespace Salgskraft.Domain.Sales;

public sealed class Product
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public int? ProductGroupId { get; set; }

    /// <summary>A new product (Ansoff); a product in a new group counts as new as well.</summary>
    public bool IsNew { get; set; }
}
