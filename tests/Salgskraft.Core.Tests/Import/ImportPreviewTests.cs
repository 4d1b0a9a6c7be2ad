using System.Text;
using Salgskraft.Core.Import;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Core.Tests.Import.Reading;
using static Salgskraft.Core.Tests.Import.Reading.ReaderTestSupport;

namespace Salgskraft.Core.Tests.Import;

/// <summary>The wizard's preview: the reader's own decisions and parsed values of the first rows, from real files.</summary>
public sealed class ImportPreviewTests
{
    [Fact]
    public void Read_NordicWindows1252File_FormatMappingAndParsedValues()
    {
        using var file = File.OpenRead(FilePath("sales-semicolon-comma-1252.csv"));

        var preview = ImportPreview.Read(file, "salg.csv", ImportKind.SalesLines, rows: 2);

        Assert.Equal(0, preview.ErrorCount);
        var format = preview.Format!;
        Assert.Equal(("windows-1252", (char?)';', ',', "dd.MM.yyyy"), (format.EncodingName, format.Delimiter, format.Number.DecimalSeparator, format.DatePattern));
        Assert.Equal("Kundenr", preview.Mapping["customer_id"]);
        Assert.Equal("Kostpris", preview.Mapping["cost"]);
        Assert.Contains(preview.Fields, f => f.Name == "contribution"); // selectable though the file does not have it
        Assert.Equal([2L, 3L], preview.Rows.Select(r => r.Line));
        var first = preview.Rows[0].Values.ToDictionary(v => v.Field);
        Assert.Equal(("1.234,50", 1234.50m), (first["revenue"].Raw, first["revenue"].Number));
        Assert.Equal(("12.01.2025", new DateOnly(2025, 1, 12)), (first["date"].Raw, first["date"].Date));
        Assert.Equal("Ærlig Øl & Å – Bryggeri", first["customer_name"].Raw);
        Assert.All(first.Values, v => Assert.Null(v.Error));
    }

    [Fact]
    public void Read_MappingOverride_MovesTheField()
    {
        using var file = File.OpenRead(FilePath("sales-semicolon-comma-1252.csv"));

        var preview = ImportPreview.Read(file, "salg.csv", ImportKind.SalesLines,
            ReadOptions.Default with { Mapping = ["cost=", "customer_name=Varegruppe", "product_group="] });

        Assert.Equal(0, preview.ErrorCount);
        Assert.False(preview.Mapping.ContainsKey("cost"));
        Assert.Equal("Varegruppe", preview.Mapping["customer_name"]);
        Assert.Contains("Kostpris", preview.IgnoredHeaders);
        Assert.Equal("Øl", preview.Rows[0].Values.Single(v => v.Field == "customer_name").Raw);
    }

    [Fact]
    public void Read_BadValue_ErrorOnTheCellAndInTheList()
    {
        var csv = "Dato;Kundenr;Omsetning\n12.01.2025;K1;12,50\n32.01.2025;K2;tolv\n";

        var preview = ImportPreview.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "salg.csv", ImportKind.SalesLines);

        Assert.Equal(2, preview.ErrorCount);
        var bad = preview.Rows[1].Values.ToDictionary(v => v.Field);
        Assert.Null(bad["date"].Date);
        Assert.NotNull(bad["date"].Error);
        Assert.Equal(("tolv", (decimal?)null), (bad["revenue"].Raw, bad["revenue"].Number));
        Assert.Equal(bad["revenue"].Error, preview.Errors.Single(e => e is { Line: 3, Column: "Omsetning" }));
        Assert.Equal(12.50m, preview.Rows[0].Values.Single(v => v.Field == "revenue").Number);
    }

    [Fact]
    public void Read_MissingRequiredColumn_MappingShownNoRows()
    {
        var csv = "Dato;Kundenavn;Omsetning\n12.01.2025;Blåbær AS;12,50\n";

        var preview = ImportPreview.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "salg.csv", ImportKind.SalesLines);

        Assert.Empty(preview.Rows);
        Assert.Equal(["Dato", "Kundenavn", "Omsetning"], preview.Headers);
        Assert.Equal("Kundenavn", preview.Mapping["customer_name"]);
        Assert.Contains(preview.Errors, e => e.Reason.StartsWith("required column 'customer_id' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Xlsx_SheetAndNumberCells()
    {
        var bytes = XlsxTestWorkbook.Create(
            ("Forside", [["Ingenting her"]]),
            ("Salg", [["Dato", "Kundenr", "Omsetning"], [new DateOnly(2025, 3, 1), "K1", 1234.5m]]));

        var preview = ImportPreview.Read(new MemoryStream(bytes), "salg.xlsx", ImportKind.SalesLines, ReadOptions.Default with { SheetName = "Salg" });

        Assert.Equal(0, preview.ErrorCount);
        Assert.Equal((FileContainer.Xlsx, "Salg"), (preview.Format!.Container, preview.Format.SheetName));
        var row = preview.Rows.Single().Values.ToDictionary(v => v.Field);
        Assert.Equal(new DateOnly(2025, 3, 1), row["date"].Date);
        Assert.Equal(1234.5m, row["revenue"].Number);
    }

    [Fact]
    public void Read_Survey_QuestionColumnsAreFields()
    {
        var csv = "Kundenr;Dato;Spørsmål 1;Spørsmål 2\nK1;12.01.2025;4;5\n";

        var preview = ImportPreview.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "survey.csv", ImportKind.Surveys);

        Assert.Equal(0, preview.ErrorCount);
        Assert.Contains(preview.Fields, f => f.Name == "q2");
        Assert.Equal(5m, preview.Rows.Single().Values.Single(v => v.Field == "q2").Number);
    }

    [Fact]
    public void Read_BinaryFile_ErrorNoFormat()
    {
        var preview = ImportPreview.Read(new MemoryStream([0, 1, 2, 3, 0, 0, 7, 8, 9, 0]), "x.csv", ImportKind.Customers);

        Assert.Null(preview.Format);
        Assert.Empty(preview.Rows);
        Assert.Equal(1, preview.ErrorCount);
    }
}
