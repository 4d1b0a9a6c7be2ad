using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Domain.Import;

namespace Salgskraft.Core.Import;

/// <summary>
/// One import in progress: the open file, the transaction's context, the batch it records into and the counts.
/// A kind's import reads every row first; only when <see cref="Errors"/> is empty does it write.
/// </summary>
internal sealed partial class ImportRun(SalgskraftDbContext db, ImportRequest request, ReadSession session, ImportBatch batch)
{
    private const int ProgressEvery = 10_000;

    public SalgskraftDbContext Db { get; } = db;

    public ImportRequest Request { get; } = request;

    public int CompanyId => Request.CompanyId;

    public ImportBatch Batch { get; } = batch;

    /// <summary>The company's today, for what a file leaves undated (a new deal's creation date).</summary>
    public DateOnly Today { get; init; }

    public ReadSession Session { get; } = session;

    public ImportErrorCollector Errors => Session.Errors;

    public long Rows { get; set; }

    public long Added { get; set; }

    public long Updated { get; set; }

    public int CreatedCustomers { get; set; }

    public int CreatedProducts { get; set; }

    public int CreatedProductGroups { get; set; }

    public int CreatedPeople { get; set; }

    public int CreatedUnits { get; set; }

    public ImportCounts Counts => new(Rows, Added, Updated, Math.Max(0, Rows - Added - Updated),
        CreatedCustomers, CreatedProducts, CreatedProductGroups, CreatedPeople, CreatedUnits);

    /// <summary>The file's rows, once, counted and reported to the progress listener.</summary>
    public IEnumerable<ImportRow> ReadRows()
    {
        foreach (var row in Session.Rows)
        {
            Rows++;
            if (Rows % ProgressEvery == 0)
            {
                Request.Progress?.Report(Rows);
            }

            yield return row;
        }

        Request.Progress?.Report(Rows);
    }

    /// <summary>The header the file gives a field, for error messages; the field's name when it has none.</summary>
    public string Column(string field) => Session.Mapping?.HeaderOf(field) ?? field;

    public bool IsMapped(string field) => Session.Mapping?.IsMapped(field) == true;

    public void Error(ImportRow row, string field, string? value, Reason reason) => Errors.Add(row.Line, Column(field), value, reason);

    /// <summary>A text value no longer than the column holds; an error (and null) when it is longer.</summary>
    public string? Text(ImportRow row, string field, int maxLength)
    {
        var value = row.Get(field);
        if (value is not null && value.Length > maxLength)
        {
            Error(row, field, value, ImportReasons.TooLong(maxLength));
            return null;
        }

        return value;
    }
}
