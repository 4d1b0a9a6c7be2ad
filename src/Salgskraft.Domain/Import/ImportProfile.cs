namespace Salgskraft.Domain.Import;

/// <summary>A company's saved mapping of a file's headers to a kind's fields, chosen by name when importing.</summary>
public sealed class ImportProfile
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public required string Name { get; set; }

    /// <summary>The kind's name (<c>sales-lines</c>).</summary>
    public required string Kind { get; set; }

    /// <summary>JSON object field → header; an empty header leaves the field out.</summary>
    public required string Mapping { get; set; }
}
