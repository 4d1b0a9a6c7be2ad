using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Import;

/// <summary>What to import, into which company, and how.</summary>
public sealed record ImportRequest
{
    public required int CompanyId { get; init; }

    public required ImportKind Kind { get; init; }

    /// <summary>The file's name as the user gave it; kept in the history.</summary>
    public required string FileName { get; init; }

    /// <summary>The user's e-mail, or <c>cli</c>.</summary>
    public required string ImportedBy { get; init; }

    /// <summary>Refuse references to customers, products, product groups and salespeople not yet known, instead of creating them.</summary>
    public bool Strict { get; init; }

    /// <summary>Validate and count everything, then roll back: nothing is kept, not even the history entry.</summary>
    public bool DryRun { get; init; }

    /// <summary>Forced format choices and the mapping overrides (<c>FIELD=HEADER</c>).</summary>
    public ReadOptions Options { get; init; } = ReadOptions.Default;

    /// <summary>Told the number of rows read so far, every few thousand rows.</summary>
    public IProgress<long>? Progress { get; init; }
}

/// <summary>
/// What an import did, or would do (dry run): rows in the file (for surveys: answers), rows of the kind added,
/// existing rows changed, rows given exactly as they already are, and the customers, products, groups, people and
/// units the import created because the file named them.
/// </summary>
public sealed record ImportCounts(long Rows, long Added, long Updated, long Unchanged,
    int CreatedCustomers, int CreatedProducts, int CreatedProductGroups, int CreatedPeople, int CreatedUnits)
{
    public static ImportCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public bool HasChanges => Added + Updated + CreatedCustomers + CreatedProducts + CreatedProductGroups + CreatedPeople + CreatedUnits > 0;
}

/// <summary>
/// The outcome of <see cref="Importer.ImportAsync"/>: the detected format and mapping, the counts, the first errors
/// and how many there were in all, the history entry (<c>BatchId</c>, null on errors and dry runs) and an earlier,
/// not undone import of the very same bytes (<c>SameFileAs</c>), if any.
/// </summary>
public sealed record ImportResult(
    ImportKind Kind,
    string FileName,
    string Sha256,
    FileFormat? Format,
    IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<string> IgnoredHeaders,
    ImportCounts Counts,
    IReadOnlyList<ImportError> Errors,
    long ErrorCount,
    bool DryRun,
    int? BatchId,
    ImportBatchInfo? SameFileAs)
{
    public bool Succeeded => ErrorCount == 0;
}
