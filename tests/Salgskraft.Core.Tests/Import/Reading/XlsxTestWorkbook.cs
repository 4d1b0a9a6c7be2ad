using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Salgskraft.Core.Tests.Import.Reading;

/// <summary>A plain number in a date column, as users type Excel serials.</summary>
internal sealed record Serial(int Value);

/// <summary>Text written inline in the cell instead of the shared strings table.</summary>
internal sealed record Inline(string Text);

/// <summary>
/// Builds small .xlsx workbooks with the Open XML SDK the way Excel writes them: strings shared,
/// numbers as numbers, dates as serials with a date style.
/// </summary>
internal static class XlsxTestWorkbook
{
    public static byte[] Create(params (string Name, object?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();

            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var worksheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c] is { } value)
                        {
                            row.Append(MakeCell(value, ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture), strings));
                        }
                    }

                    data.Append(row);
                }

                worksheet.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = sheetId++, Name = name });
            }

            foreach (var s in strings)
            {
                shared.SharedStringTable.Append(new SharedStringItem(new Text(s)));
            }
        }

        return stream.ToArray();
    }

    private static Cell MakeCell(object value, string reference, List<string> strings)
    {
        switch (value)
        {
            case string s:
                var index = strings.IndexOf(s);
                if (index < 0)
                {
                    strings.Add(s);
                    index = strings.Count - 1;
                }

                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };
            case Inline inline:
                return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text)) };
            case decimal d:
                return new Cell { CellReference = reference, CellValue = new CellValue(d) };
            case int i:
                return new Cell { CellReference = reference, CellValue = new CellValue(i) };
            case Serial serial:
                return new Cell { CellReference = reference, CellValue = new CellValue(serial.Value) };
            case DateOnly date:
                var days = date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
                return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(days) };
            case bool b:
                return new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b) };
            default:
                throw new ArgumentException($"no cell for {value.GetType()}", nameof(value));
        }
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
