using Salgskraft.Core.Common;

namespace Salgskraft.Core.Import.Reading;

/// <summary>Whether a file is delimited text or an Excel workbook; decided from its first bytes, not its name.</summary>
public enum FileContainer
{
    Csv,
    Xlsx,
}

/// <summary>
/// What the reader decided about a file, shown to the user before importing so that a wrong guess
/// can be seen and overridden (<see cref="ReadOptions"/>).
/// </summary>
/// <param name="Container">CSV or xlsx.</param>
/// <param name="EncodingName">utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1; null for xlsx.</param>
/// <param name="Delimiter">The field delimiter; null for xlsx.</param>
/// <param name="Number">The decimal separator of the file's text numbers (xlsx number cells are always read as numbers).</param>
/// <param name="DateFormat">The date format the file's date columns use.</param>
/// <param name="HeaderLine">The physical line (or sheet row) of the header, 1-based.</param>
/// <param name="SheetName">The sheet read; null for CSV.</param>
/// <param name="Notes">How undecidable points were settled (e.g. no decimal separator seen, so the default was taken).</param>
public sealed record FileFormat(
    FileContainer Container,
    string? EncodingName,
    char? Delimiter,
    NumberFormatDecision Number,
    DateFormat DateFormat,
    long HeaderLine,
    string? SheetName,
    IReadOnlyList<Reason> Notes)
{
    /// <summary>The delimiter as a user would name it (<c>tab</c> rather than an invisible character).</summary>
    public string? DelimiterName => Delimiter switch
    {
        null => null,
        '\t' => "tab",
        var d => d.ToString(),
    };

    /// <summary>The date format as a pattern (<c>dd.MM.yyyy</c>).</summary>
    public string DatePattern => DateFormats.Pattern(DateFormat);
}

/// <summary>
/// Choices the user can force instead of the detected ones, and the limits that keep memory flat
/// and hostile files harmless.
/// </summary>
public sealed record ReadOptions
{
    public static ReadOptions Default { get; } = new();

    /// <summary>The encodings a CSV file can be read as, by the names <see cref="Encoding"/> takes.</summary>
    public static IReadOnlyList<string> Encodings { get; } = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1"];

    /// <summary>The delimiters a CSV file can have, in the order detection tries them.</summary>
    public static IReadOnlyList<char> Delimiters { get; } = [';', '\t', '|', ','];

    /// <summary>utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1.</summary>
    public string? Encoding { get; init; }

    public char? Delimiter { get; init; }

    /// <summary><c>,</c> or <c>.</c>.</summary>
    public char? DecimalSeparator { get; init; }

    public DateFormat? DateFormat { get; init; }

    /// <summary>The physical line (xlsx: row) of the header, 1-based.</summary>
    public long? HeaderLine { get; init; }

    /// <summary>The xlsx sheet to read; the first sheet when null.</summary>
    public string? SheetName { get; init; }

    /// <summary>Mapping overrides, each <c>FIELD=HEADER</c>; <c>FIELD=</c> leaves a field out.</summary>
    public IReadOnlyList<string> Mapping { get; init; } = [];

    /// <summary>Check every mapped value (numbers, dates, yes/no, required) while reading rows.</summary>
    public bool ValidateValues { get; init; } = true;

    public int MaxErrors { get; init; } = ImportErrorCollector.DefaultCapacity;

    /// <summary>Records read ahead to decide the header line, decimal separator and date format.</summary>
    public int SampleRecords { get; init; } = 200;

    /// <summary>Longest field, in characters; a longer one is almost always an unclosed quote.</summary>
    public int MaxFieldChars { get; init; } = 1_000_000;

    public int MaxFields { get; init; } = 1_000;

    /// <summary>Largest uncompressed size of one part of an xlsx (also its character cap).</summary>
    public long MaxXlsxEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all parts of an xlsx together.</summary>
    public long MaxXlsxTotalBytes { get; init; } = 512L * 1024 * 1024;
}
