namespace Salgskraft.Domain.Import;

/// <summary>
/// One row an import added or changed, so the import can be undone: an added row is deleted, a changed row gets
/// <see cref="OldValues"/> back. Sales lines an import added are not listed here (there may be millions); they
/// carry the batch in <c>SalesLine.ImportBatchId</c>.
/// </summary>
public sealed class ImportChange
{
    public long Id { get; set; }

    public int BatchId { get; set; }

    /// <summary>The entity's CLR name (<c>Customer</c>, <c>SalesLine</c>).</summary>
    public required string Entity { get; set; }

    public long RowId { get; set; }

    /// <summary>JSON object of the changed properties' values before the import; null when the import added the row.</summary>
    public string? OldValues { get; set; }
}
