namespace Salgskraft.Domain.Organization;

/// <summary>A node in the company's unit tree (importer → dealer centre → team, company → region → team).</summary>
public sealed class Unit
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int? ParentId { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }
}
