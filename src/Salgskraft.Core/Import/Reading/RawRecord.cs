namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// One record as a reader found it: the physical line where it starts and its cells by column.
/// <paramref name="Numeric"/> marks xlsx cells that were numbers in the workbook (written with a
/// decimal point whatever the file's text cells use); null for CSV.
/// </summary>
internal readonly record struct RawRecord(long Line, string?[] Cells, bool[]? Numeric)
{
    public bool IsBlank => Array.TrueForAll(Cells, string.IsNullOrWhiteSpace);
}

/// <summary>A source of records (CSV text or an xlsx sheet) that reports its own fatal error instead of throwing.</summary>
internal interface IRecordSource : IDisposable
{
    /// <summary>The error that ended reading, if any; null when reading ended at the end of the data.</summary>
    ImportError? Error { get; }

    bool TryRead(out RawRecord record);
}
