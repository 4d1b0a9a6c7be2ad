using Salgskraft.Core.Common;
using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Reads one sheet of an .xlsx row by row with the Open XML SDK's SAX-style
/// <see cref="OpenXmlReader"/>, so only the shared strings and one row are in memory at a time.
/// An xlsx is a zip: before anything is parsed, the central directory's uncompressed sizes are
/// checked against the caps (a 511 KB workbook can expand to 530 MB); .NET's zip reader never
/// inflates an entry past its declared size, and the SDK's <see cref="OpenSettings.MaxCharactersInPart"/>
/// guards each part's XML as well.
/// </summary>
/// <remarks>
/// Number cells are given as invariant decimal text and flagged numeric; cells styled as dates are
/// given as ISO dates (honouring the 1904 date system); booleans as 1/0; formulas by their cached value.
/// </remarks>
internal sealed class XlsxRecordReader : IRecordSource
{
    private const int MaxZipEntries = 10_000;
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly bool _date1904;
    private readonly int _maxFields;
    private long _lastRow;

    private XlsxRecordReader(SpreadsheetDocument document, OpenXmlReader reader, List<string> sharedStrings, bool[] dateStyles, bool date1904, string sheetName, int maxFields)
    {
        _document = document;
        _reader = reader;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _date1904 = date1904;
        SheetName = sheetName;
        _maxFields = maxFields;
    }

    public string SheetName { get; }

    public ImportError? Error { get; private set; }

    /// <summary>Opens the sheet, or returns null with the reason (damaged zip, over a cap, no such sheet).</summary>
    public static XlsxRecordReader? Open(Stream seekable, ReadOptions options, out Reason? error)
    {
        error = CheckZipDirectory(seekable, options);
        if (error is not null)
        {
            return null;
        }

        SpreadsheetDocument? document = null;
        try
        {
            seekable.Position = 0;
            document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = options.MaxXlsxEntryBytes });
            var workbookPart = document.WorkbookPart;
            var sheets = workbookPart?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            if (workbookPart is null || sheets.Count == 0)
            {
                error = ReadingReasons.XlsxNoSheets();
                document.Dispose();
                return null;
            }

            var sheet = options.SheetName is null
                ? sheets[0]
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), options.SheetName.Trim(), StringComparison.OrdinalIgnoreCase));
            if (sheet?.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheet)
            {
                error = ReadingReasons.XlsxNoSuchSheet(options.SheetName, string.Join(", ", sheets.Select(s => $"'{s.Name?.Value}'")));
                document.Dispose();
                return null;
            }

            var date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
            var shared = ReadSharedStrings(workbookPart.SharedStringTablePart);
            var dateStyles = ReadDateStyles(workbookPart.WorkbookStylesPart);
            return new XlsxRecordReader(document, OpenXmlReader.Create(worksheet), shared, dateStyles, date1904, sheet.Name?.Value ?? "", options.MaxFields);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure of the SDK on untrusted bytes means a damaged workbook, whatever its type.
            document?.Dispose();
            error = ReadingReasons.XlsxDamaged(ex.Message);
            return null;
        }
    }

    public bool TryRead(out RawRecord record)
    {
        record = default;
        if (Error is not null)
        {
            return false;
        }

        try
        {
            while (_reader.Read())
            {
                if (_reader.ElementType == typeof(Row) && _reader.IsStartElement)
                {
                    var row = (Row)_reader.LoadCurrentElement()!;
                    record = ToRecord(row);
                    return Error is null;
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Error = new ImportError(_lastRow + 1, null, null, ReadingReasons.XlsxSheetUnreadable(_lastRow, ex.Message));
            return false;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private RawRecord ToRecord(Row row)
    {
        var line = row.RowIndex?.Value is { } index ? (long)index : _lastRow + 1;
        _lastRow = line;
        var cells = new List<(int Column, string? Value, bool Numeric)>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? next;
            next = column + 1;
            if (column >= _maxFields)
            {
                Error = new ImportError(line, null, null, ReadingReasons.XlsxTooManyColumns(column + 1, _maxFields));
                break;
            }

            var (value, numeric) = CellText(cell);
            cells.Add((column, value, numeric));
        }

        var width = cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1;
        var values = new string?[width];
        var flags = new bool[width];
        foreach (var (column, value, numeric) in cells)
        {
            values[column] = value;
            flags[column] = numeric;
        }

        return new RawRecord(line, values, flags);
    }

    private (string? Value, bool Numeric) CellText(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < _sharedStrings.Count
                ? _sharedStrings[i].Trim()
                : null, false);
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText.Trim(), false);
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return (raw?.Trim(), false);
        }

        if (type == CellValues.Boolean)
        {
            return (raw, false);
        }

        if (type == CellValues.Date)
        {
            return (raw is { Length: >= 10 } ? raw[..10] : raw, false);
        }

        if (string.IsNullOrEmpty(raw))
        {
            return (null, false);
        }

        var style = (int)(cell.StyleIndex?.Value ?? 0);
        if (style < _dateStyles.Length && _dateStyles[style]
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial >= 1)
        {
            var days = (long)Math.Floor(serial) + (_date1904 ? 1462 : 0);
            var date = ValueParsers.ParseDate(days.ToString(CultureInfo.InvariantCulture), DateFormat.ExcelSerial);
            return date.Success ? (date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false) : (raw, true);
        }

        // Excel writes some numbers in scientific notation; give every number as plain decimal text.
        if (raw.Contains('E', StringComparison.OrdinalIgnoreCase)
            && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain))
        {
            return (plain.ToString(CultureInfo.InvariantCulture), true);
        }

        return (raw, true);
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
            if (++letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : column - 1;
    }

    private static Reason? CheckZipDirectory(Stream seekable, ReadOptions options)
    {
        try
        {
            seekable.Position = 0;
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return ReadingReasons.XlsxTooManyParts(zip.Entries.Count, MaxZipEntries);
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > options.MaxXlsxEntryBytes)
                {
                    return ReadingReasons.XlsxPartTooLarge(entry.FullName, Megabytes(entry.Length), Megabytes(options.MaxXlsxEntryBytes));
                }

                total += entry.Length;
                if (total > options.MaxXlsxTotalBytes)
                {
                    return ReadingReasons.XlsxTooLarge(Megabytes(options.MaxXlsxTotalBytes));
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Mostly InvalidDataException; a hostile directory can make the zip reader throw others.
            return ReadingReasons.XlsxNotZip(ex.Message);
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                // Phonetic runs (rPh) are not part of the text.
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }

        return strings;
    }

    private static bool[] ReadDateStyles(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
        if (stylesheet is null || formats is null)
        {
            return [];
        }

        var customDates = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null && IsDatePattern(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet();
        return [.. formats.Select(f => f.NumberFormatId?.Value is { } id && (BuiltInDateFormats.Contains(id) || customDates.Contains(id)))];
    }

    /// <summary>A custom format shows a date when, outside quoted text and [brackets], it has d or y.</summary>
    private static bool IsDatePattern(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var (quoted, bracket) = (false, false);
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '[' when !quoted:
                    bracket = true;
                    break;
                case ']' when !quoted:
                    bracket = false;
                    break;
                case 'd' or 'D' or 'y' or 'Y' when !quoted && !bracket:
                    return true;
            }
        }

        return false;
    }
}
