using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Salgskraft.Core.Export;

/// <summary>A fraction shown as a percentage in the workbook (0.1777 → 17.77 %); still a number to Excel.</summary>
public readonly record struct XlsxPercent(decimal Value);

/// <summary>
/// One sheet: a bold header row, then the rows. Cell values may be <see cref="string"/>, any number (written as a
/// number), <see cref="XlsxPercent"/>, <see cref="DateOnly"/> (a date serial with a date format), <see cref="bool"/>,
/// or null (an empty cell).
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes .xlsx workbooks with the Open XML SDK's streaming writer, so a sheet of many thousand rows is never held as a
/// DOM. Numbers stay numbers. Text is written inline (never a formula), and text that a spreadsheet could take for a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) also gets Excel's quote prefix,
/// so editing or copying the cell cannot turn it into one (formula injection).
/// </summary>
public static class XlsxExport
{
    /// <summary>The MIME type of an .xlsx download.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint PercentStyle = 3;
    private const uint QuotedTextStyle = 4;
    private const int MaxSheetName = 31;

    /// <exception cref="ArgumentException">Two sheets would have the same name.</exception>
    public static void Write(Stream output, IEnumerable<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var name = SheetName(sheet.Name);
            if (!names.Add(name))
            {
                throw new ArgumentException($"Two sheets are named '{name}'.", nameof(sheets));
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        }

        workbook.Workbook.Save();
    }

    /// <summary>Whether a spreadsheet could read the text as a formula.</summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new Columns());
        writer.WriteElement(new Column { Min = 1, Max = (uint)Math.Max(sheet.Header.Count, 1), Width = 18, CustomWidth = true });
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());

        WriteRow(writer, 1, sheet.Header.Cast<object?>().ToList(), header: true);
        uint rowIndex = 2;
        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, rowIndex++, row, header: false);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, IReadOnlyList<object?> values, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        for (var column = 0; column < values.Count; column++)
        {
            if (values[column] is { } value)
            {
                var cell = CellOf(value);
                cell.CellReference = ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture);
                if (header)
                {
                    cell.StyleIndex = HeaderStyle;
                }

                writer.WriteElement(cell);
            }
        }

        writer.WriteEndElement();
    }

    private static Cell CellOf(object value) => value switch
    {
        string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = LooksLikeFormula(text) ? QuotedTextStyle : null,
        },
        XlsxPercent p => Number(p.Value, PercentStyle),
        DateOnly d => Number((decimal)(d.DayNumber - new DateOnly(1899, 12, 30).DayNumber), DateStyle),
        bool b => new Cell(new CellValue(b)) { DataType = CellValues.Boolean },
        decimal m => Number(m, null),
        int or long or short or byte or uint or ulong or double or float => Number(Convert.ToDecimal(value, CultureInfo.InvariantCulture), null),
        _ => throw new ArgumentException($"A cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    private static Cell Number(decimal value, uint? style) =>
        new(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = style };

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        // Excel expects the two reserved fills (none and gray125) first.
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
            new CellFormat { QuotePrefix = true }));

    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? ' ' : c)]).Trim().Trim('\'');
        clean = clean.Length == 0 ? "Sheet" : clean;
        return clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
