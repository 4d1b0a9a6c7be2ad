using System.Globalization;
using System.IO.Compression;
using Salgskraft.Core.Import.Reading;
using static Salgskraft.Core.Tests.Import.Reading.ReaderTestSupport;

namespace Salgskraft.Core.Tests.Import.Reading;

public sealed class XlsxTests
{
    private static readonly object?[] SalesHeader = ["Dato", "Kundenr", "Kundenavn", "Omsetning", "Kostpris"];

    [Fact]
    public void Open_FirstSheet_ReadsCellsOfEveryKind()
    {
        var bytes = XlsxTestWorkbook.Create(("Salg",
        [
            SalesHeader,
            [new DateOnly(2025, 1, 12), "K1", "Blåbær AS", 1234.5m, 800.25m],
            [new Serial(45670), new Inline("K2"), "Ærø Øl", 99.9m, 50],
            ["14.01.2025", "K3", null, -250m, null],
        ]));

        var (session, rows) = ReadBytes(bytes, "salg.xlsx");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(FileContainer.Xlsx, session.Format!.Container);
        Assert.Equal("Salg", session.Format.SheetName);
        Assert.Null(session.Format.EncodingName);
        Assert.Equal(1, session.Format.HeaderLine);
        Assert.Equal([2L, 3L, 4L], rows.Select(r => r.Line));
        Assert.Equal(new DateOnly(2025, 1, 12), rows[0].GetDate("date"));
        Assert.Equal(new DateOnly(2025, 1, 13), rows[1].GetDate("date"));
        Assert.Equal(new DateOnly(2025, 1, 14), rows[2].GetDate("date"));
        Assert.Equal("Blåbær AS", rows[0].Get("customer_name"));
        Assert.Equal("K2", rows[1].Get("customer_id"));
        Assert.Null(rows[2].Get("customer_name"));
        Assert.Equal(1234.5m, rows[0].GetDecimal("revenue"));
        Assert.Equal(800.25m, rows[0].GetDecimal("cost"));
        Assert.Equal(-250m, rows[2].GetDecimal("revenue"));
    }

    [Fact]
    public void Open_TextNumbersWithDecimalComma_NumberCellsStillNumbers()
    {
        var bytes = XlsxTestWorkbook.Create(("Ark1",
        [
            ["Dato", "Kundenr", "Omsetning"],
            [new DateOnly(2025, 1, 12), "K1", "1 234,50"],
            [new DateOnly(2025, 1, 13), "K2", 1234.5m],
        ]));

        var (session, rows) = ReadBytes(bytes, "salg.xlsx");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(',', session.Format!.Number.DecimalSeparator);
        Assert.Equal(1234.50m, rows[0].GetDecimal("revenue"));
        Assert.Equal(1234.5m, rows[1].GetDecimal("revenue"));
    }

    [Fact]
    public void Open_SheetByName_ReadsThatSheet()
    {
        var bytes = XlsxTestWorkbook.Create(
            ("Forside", [["Rapport"]]),
            ("Data", [["date", "customer_id", "revenue"], ["2025-01-12", "K9", 5m]]));

        var (session, rows) = ReadBytes(bytes, "salg.xlsx", options: new ReadOptions { SheetName = "data" });

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal("Data", session.Format!.SheetName);
        Assert.Equal("K9", Assert.Single(rows).Get("customer_id"));
    }

    [Fact]
    public void Open_SheetMissing_ErrorListsSheets()
    {
        var bytes = XlsxTestWorkbook.Create(("Forside", [["x"]]), ("Data", [["y"]]));

        var (session, _) = ReadBytes(bytes, "salg.xlsx", options: new ReadOptions { SheetName = "Salg" });

        Assert.Equal([new ImportError(0, null, null, "the workbook has no sheet 'Salg'; sheets: 'Forside', 'Data'")], session.Errors.Kept);
    }

    [Fact]
    public void Open_ForwardOnlyStream_CopiesAndReads()
    {
        var bytes = XlsxTestWorkbook.Create(("Ark1", [["date", "customer_id", "revenue"], ["2025-01-12", "K9", 5m]]));

        var (session, rows) = ReadAll(new ForwardOnlyStream(new MemoryStream(bytes)), "salg.xlsx", ImportKind.SalesLines, null);

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(5m, Assert.Single(rows).GetDecimal("revenue"));
        session.Dispose();
    }

    [Fact]
    public void Open_TruncatedXlsx_ClearError()
    {
        var bytes = XlsxTestWorkbook.Create(("Ark1", [["date", "customer_id", "revenue"], ["2025-01-12", "K9", 5m]]));

        var (session, rows) = ReadBytes(bytes[..(bytes.Length / 2)], "salg.xlsx");

        Assert.Empty(rows);
        Assert.StartsWith("the .xlsx file is truncated or not a zip archive", Assert.Single(session.Errors.Kept).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_XlsxNameButNotZip_ClearError()
    {
        var (session, _) = ReadBytes("date;customer_id;revenue\n"u8.ToArray(), "salg.xlsx");

        Assert.StartsWith("the file is named .xlsx but is not a zip archive", Assert.Single(session.Errors.Kept).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipBombOverDefaultCap_RefusedBeforeInflating()
    {
        // 300 MB of zeros deflate to well under 1 MB: the central directory tells, nothing is inflated.
        var bytes = ZipWithEntry("xl/worksheets/sheet1.xml", 300L * 1024 * 1024);
        Assert.True(bytes.Length < 1024 * 1024);

        var (session, rows) = ReadBytes(bytes, "bombe.xlsx");

        Assert.Empty(rows);
        Assert.Equal(
            "the .xlsx part 'xl/worksheets/sheet1.xml' expands to 300 MB, over the limit of 256 MB per part (a zip bomb, or a sheet too large: split it or use CSV)",
            Assert.Single(session.Errors.Kept).Reason);
    }

    [Fact]
    public void Open_SheetOverConfiguredCap_Refused()
    {
        var rows = new List<object?[]> { SalesHeader };
        for (var i = 0; i < 20_000; i++)
        {
            rows.Add([new DateOnly(2025, 1, 12), "K1", "Samme kunde hver gang", 100m, 50m]);
        }

        var bytes = XlsxTestWorkbook.Create(("Ark1", rows.ToArray()));

        var (session, _) = ReadBytes(bytes, "stor.xlsx", options: new ReadOptions { MaxXlsxEntryBytes = 1024 * 1024 });

        Assert.StartsWith("the .xlsx part 'xl/worksheets/", Assert.Single(session.Errors.Kept).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_CentralDirectoryUnderstatesSize_ReadingStopsAtDeclaredSizeWithError()
    {
        var rows = new List<object?[]> { SalesHeader };
        for (var i = 0; i < 20_000; i++)
        {
            rows.Add([new DateOnly(2025, 1, 12), "K1", "Samme kunde hver gang", 100m, 50m]);
        }

        var bytes = XlsxTestWorkbook.Create(("Ark1", rows.ToArray()));
        DeclareUncompressedSize(bytes, "xl/worksheets/", 4096);

        var (session, read) = ReadBytes(bytes, "løgn.xlsx");

        Assert.True(read.Count < 100);
        Assert.True(session.Errors.HasErrors);
    }

    [Fact]
    public void Rows_ValueInColumnWithoutHeader_Error()
    {
        var bytes = XlsxTestWorkbook.Create(("Ark1", [["date", "customer_id", "revenue"], ["2025-01-12", "K9", 5m, "løs verdi"]]));

        var (session, rows) = ReadBytes(bytes, "salg.xlsx");

        Assert.Empty(rows);
        Assert.Equal([new ImportError(2, "column 4", "løs verdi", "a value in a column that has no header")], session.Errors.Kept);
        var error = session.Errors.Kept.Single();
        Assert.Equal(("kolonne 4", "en verdi i en kolonne uten overskrift"),
            (error.ColumnIn(CultureInfo.GetCultureInfo("nb-NO")), error.ReasonIn(CultureInfo.GetCultureInfo("nb-NO"))));
        Assert.Equal("column 4", error.ColumnIn(CultureInfo.InvariantCulture));
        Assert.Equal("customer_id", new ImportError(2, "customer_id", null, "x").ColumnIn(CultureInfo.GetCultureInfo("nb-NO")));
    }

    /// <summary>Rewrites the central directory's uncompressed size of the first entry under a prefix, as a hostile zip would.</summary>
    private static void DeclareUncompressedSize(byte[] zip, string prefix, uint size)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (BitConverter.ToUInt32(zip, i) != 0x02014b50)
            {
                continue;
            }

            var nameLength = BitConverter.ToUInt16(zip, i + 28);
            var name = System.Text.Encoding.UTF8.GetString(zip, i + 46, nameLength);
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                BitConverter.GetBytes(size).CopyTo(zip, i + 24);
                return;
            }
        }

        throw new InvalidOperationException("no such entry");
    }

    private static byte[] ZipWithEntry(string name, long zeros)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += block.Length)
            {
                entry.Write(block);
            }
        }

        return stream.ToArray();
    }
}
