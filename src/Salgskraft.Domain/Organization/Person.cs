namespace Salgskraft.Domain.Organization;

/// <summary>Someone in the sales organisation: director, manager, salesperson or service advisor.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    /// <summary>The id the company's own systems use (employee or salesperson number).</summary>
    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public PersonRole Role { get; set; }

    public int? UnitId { get; set; }

    public DateOnly? StartDate { get; set; }
}
