namespace Salgskraft.Domain.Sales;

public sealed class ProductGroup
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    /// <summary>New product area (Ansoff: new products) rather than an existing one.</summary>
    public bool IsNew { get; set; }
}
