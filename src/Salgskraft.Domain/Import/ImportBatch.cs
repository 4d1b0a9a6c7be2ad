namespace Salgskraft.Domain.Import;

/// <summary>
/// One import of one file into one company: who, when, what, and what it did. Kept for the history and so that
/// the import can be undone as a whole (its row changes are in <see cref="ImportChange"/>).
/// </summary>
public sealed class ImportBatch
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    /// <summary>The user's e-mail, or <c>cli</c> for the operator's command line.</summary>
    public required string ImportedBy { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The kind's name as the CLI and API write it (<c>sales-lines</c>).</summary>
    public required string Kind { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex; the same file imported again is recognised by it.</summary>
    public required string Sha256 { get; set; }

    public long Rows { get; set; }

    public long Added { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    /// <summary>Customers, products, product groups, people or units a sales-line file named and the import created.</summary>
    public int CreatedCustomers { get; set; }

    public int CreatedProducts { get; set; }

    public int CreatedProductGroups { get; set; }

    public int CreatedPeople { get; set; }

    public int CreatedUnits { get; set; }

    /// <summary>First and last sales date the import touched (old dates of changed lines included), to refresh the aggregate on undo.</summary>
    public DateOnly? FirstDate { get; set; }

    public DateOnly? LastDate { get; set; }

    public DateTimeOffset? UndoneAt { get; set; }

    public string? UndoneBy { get; set; }

    /// <summary>True when the import wrote something, so undoing it means something.</summary>
    public bool HasChanges => Added + Updated + CreatedCustomers + CreatedProducts + CreatedProductGroups + CreatedPeople + CreatedUnits > 0;
}
