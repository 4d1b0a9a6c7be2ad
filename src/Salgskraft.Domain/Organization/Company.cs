namespace Salgskraft.Domain.Organization;

/// <summary>A tenant: one company's data never crosses to another.</summary>
public sealed class Company
{
    public int Id { get; set; }

    /// <summary>Short stable name used in URLs and on the command line, e.g. <c>regnskap-pafunn</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>ISO 4217 code of the company's currency; all its money is in this currency.</summary>
    public string Currency { get; set; } = "NOK";

    /// <summary>Default culture for the company's users: nb-NO, da-DK or en.</summary>
    public string Culture { get; set; } = "nb-NO";
}
