using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Salgskraft.Core.Export;

namespace Salgskraft.Core.Tests.Export;

public sealed class XlsxExportTests
{
    [Fact]
    public void Write_Values_NumbersStayNumbersAndFormulaTextIsQuoted()
    {
        using var stream = new MemoryStream();
        XlsxExport.Write(stream, [
            new XlsxSheet("Kunder: A/B", ["Navn", "Omsetning", "DG", "Første kjøp", "Ny"], [
                ["=HYPERLINK(\"http://x\")", 22_500_000.5m, new XlsxPercent(0.1777m), new DateOnly(2024, 3, 15), true],
                ["Vanlig AS", 12, null, null, false],
                ["-1+2", -3L, null, null, null],
                ["@SUM(A1)", 0.0001m, null, null, null],
                ["\tTab", 1, null, null, null],
            ]),
            new XlsxSheet("Tom", ["A"], []),
        ]);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Kunder  A B", "Tom"], sheets.Select(s => s.Name!.Value));
        var cells = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();

        Assert.Equal("Navn", cells["A1"].InnerText);
        Assert.Equal(CellValues.Number, cells["B2"].DataType!.Value);
        Assert.Equal("22500000.5", cells["B2"].CellValue!.Text);
        Assert.Equal("0.1777", cells["C2"].CellValue!.Text);
        Assert.Equal(10u, formats[(int)cells["C2"].StyleIndex!.Value].NumberFormatId!.Value);
        Assert.Equal("45366", cells["D2"].CellValue!.Text);
        Assert.Equal(14u, formats[(int)cells["D2"].StyleIndex!.Value].NumberFormatId!.Value);
        Assert.Equal("-3", cells["B4"].CellValue!.Text);
        Assert.Null(cells.GetValueOrDefault("C3"));
        foreach (var reference in new[] { "A2", "A4", "A5", "A6" })
        {
            Assert.Equal(CellValues.InlineString, cells[reference].DataType!.Value);
            Assert.Null(cells[reference].CellFormula);
            Assert.True(formats[(int)cells[reference].StyleIndex!.Value].QuotePrefix!.Value);
        }

        Assert.Equal("=HYPERLINK(\"http://x\")", cells["A2"].InnerText);
        Assert.Null(cells["A3"].StyleIndex);
    }

    [Fact]
    public void Write_SameSheetNameTwice_Throws()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => XlsxExport.Write(stream, [new XlsxSheet("A", ["x"], []), new XlsxSheet("a", ["x"], [])]));
    }
}
