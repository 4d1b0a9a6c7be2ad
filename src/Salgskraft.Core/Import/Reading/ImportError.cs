using Salgskraft.Core.Common;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// One thing wrong with an import file, in the shape the API returns as ProblemDetails and the UI
/// lists: where (physical line, 1-based, and column header), what was there, and why it is wrong.
/// </summary>
/// <param name="Line">Physical line (CSV) or sheet row (xlsx) where the record starts; 0 for the file as a whole.</param>
/// <param name="Column">The column's header as the file writes it, or the canonical field; null when the error is not about one column.</param>
/// <param name="Value">The offending value as read; null when there is none.</param>
/// <param name="Reason">Plain-language reason, in English.</param>
public sealed record ImportError(long Line, string? Column, string? Value, string Reason)
{
    public ImportError(long line, string? column, string? value, Reason reason)
        : this(line, column, value, (reason ?? throw new ArgumentNullException(nameof(reason))).ToString()) => Localized = reason;

    /// <summary>The reason with its translations; null for an error made from a bare English text.</summary>
    [JsonIgnore]
    public Reason? Localized { get; }

    /// <summary>The reason in the user's language (English where it has no translation).</summary>
    public string ReasonIn(CultureInfo culture) => Localized?.In(culture) ?? Reason;

    /// <summary>The column's name when the file gives it no header ("column 3"), with its translations; null otherwise.</summary>
    [JsonIgnore]
    public Reason? ColumnLabel { get; private init; }

    /// <summary>The column in the user's language: a header or a field as it is, a column without a header as the language names it.</summary>
    public string? ColumnIn(CultureInfo culture) => ColumnLabel?.In(culture) ?? Column;

    /// <summary>An error in a column the file gives no header, named by <paramref name="column"/> (English in <see cref="Column"/>).</summary>
    public static ImportError InUnnamedColumn(long line, Reason column, string? value, Reason reason) =>
        new(line, (column ?? throw new ArgumentNullException(nameof(column))).ToString(), value, reason) { ColumnLabel = column };

    // The English text says what is wrong; how it reads in other languages does not make two errors different.
    public bool Equals(ImportError? other) =>
        other is not null && Line == other.Line && Column == other.Column && Value == other.Value && Reason == other.Reason;

    public override int GetHashCode() => HashCode.Combine(Line, Column, Value, Reason);
}

/// <summary>
/// Keeps the first <see cref="Capacity"/> errors and counts the rest, so that a file with a million
/// bad lines reports every kind of problem without holding a million errors in memory.
/// </summary>
public sealed class ImportErrorCollector(int capacity = ImportErrorCollector.DefaultCapacity)
{
    public const int DefaultCapacity = 1000;

    private readonly List<ImportError> _kept = [];

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>The first errors, in the order found.</summary>
    public IReadOnlyList<ImportError> Kept => _kept;

    /// <summary>Every error found, kept or not.</summary>
    public long Total { get; private set; }

    public bool HasErrors => Total > 0;

    /// <summary>True when more errors were found than kept.</summary>
    public bool Truncated => Total > _kept.Count;

    public void Add(ImportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Total++;
        if (_kept.Count < Capacity)
        {
            _kept.Add(error);
        }
    }

    public void Add(long line, string? column, string? value, Reason reason) => Add(new ImportError(line, column, value, reason));
}
