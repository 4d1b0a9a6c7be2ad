using System.Globalization;
using Salgskraft.Core.Import.Reading;
using static Salgskraft.Core.Tests.Import.Reading.ReaderTestSupport;

namespace Salgskraft.Core.Tests.Import.Reading;

public sealed class CsvFormatTests
{
    [Fact]
    public void Open_SemicolonDecimalCommaWindows1252_DetectsFormatAndReadsNordicLetters()
    {
        var (session, rows) = ReadFile("sales-semicolon-comma-1252.csv");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        var format = session.Format!;
        Assert.Equal("windows-1252", format.EncodingName);
        Assert.Equal(';', format.Delimiter);
        Assert.Equal(',', format.Number.DecimalSeparator);
        Assert.Equal(DateFormat.DayMonthYear, format.DateFormat);
        Assert.Equal(1, format.HeaderLine);
        Assert.Equal(3, rows.Count);
        Assert.Equal("Ærlig Øl & Å – Bryggeri", rows[0].Get("customer_name"));
        Assert.Equal("Blåbær AS", rows[2].Get("customer_name"));
        Assert.Equal(new DateOnly(2025, 1, 12), rows[0].GetDate("date"));
        Assert.Equal(1234.50m, rows[0].GetDecimal("revenue"));
        Assert.Equal(800.25m, rows[0].GetDecimal("cost"));
        Assert.Equal(-250.00m, rows[2].GetDecimal("revenue"));
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[2].Line);
        Assert.Equal(1, rows[1].GetInt("line_no") - 1);
    }

    [Fact]
    public void Open_CommaDecimalPointIsoUtf8Bom_DetectsFormatAndReadsValues()
    {
        var (session, rows) = ReadFile("sales-comma-point-iso-utf8bom.csv");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        var format = session.Format!;
        Assert.Equal("utf-8", format.EncodingName);
        Assert.Equal(',', format.Delimiter);
        Assert.Equal('.', format.Number.DecimalSeparator);
        Assert.Equal(DateFormat.Iso, format.DateFormat);
        Assert.Equal("Invoice Date", session.Mapping!.HeaderOf("date"));
        Assert.Equal("Profit", session.Mapping.HeaderOf("contribution"));
        Assert.Equal("Søren's Café", rows[0].Get("customer_name"));
        Assert.Equal("Åse, Ørjan & Co", rows[2].Get("customer_name"));
        Assert.Equal(1234.50m, rows[0].GetDecimal("revenue"));
        Assert.Equal(1234.50m, rows[1].GetDecimal("revenue"));
        Assert.Equal(0.125m, rows[1].GetDecimal("contribution"));
        Assert.Equal(-10.01m, rows[2].GetDecimal("contribution"));
        Assert.Equal(new DateOnly(2025, 2, 1), rows[2].GetDate("date"));
    }

    [Fact]
    public void Open_DaDkMachineCulture_PointFileReads123450AsFilesSays()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("da-DK");

            var (session, rows) = ReadFile("sales-comma-point-iso-utf8bom.csv");

            Assert.False(session.Errors.HasErrors, Describe(session.Errors));
            Assert.Equal(1234.50m, rows[1].GetDecimal("revenue"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Open_TabUtf16_DetectsFormatAndDanishHeaders()
    {
        var (session, rows) = ReadFile("sales-tab-utf16.csv");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        var format = session.Format!;
        Assert.Equal("utf-16le", format.EncodingName);
        Assert.Equal('\t', format.Delimiter);
        Assert.Equal("tab", format.DelimiterName);
        Assert.Equal(DateFormat.DayMonthShortYear, format.DateFormat);
        Assert.Equal("Sælger", session.Mapping!.HeaderOf("salesperson_id"));
        Assert.Equal("Dækningsbidrag", session.Mapping.HeaderOf("contribution"));
        Assert.Equal("Købmand Ærø", rows[0].Get("customer_name"));
        Assert.Equal(new DateOnly(2025, 1, 5), rows[0].GetDate("date"));
        Assert.Equal(new DateOnly(2024, 12, 31), rows[1].GetDate("date"));
        Assert.Equal(1.5m, rows[0].GetDecimal("quantity"));
        Assert.Equal(1234.50m, rows[0].GetDecimal("revenue"));
    }

    [Fact]
    public void Open_PipeLatin1_DetectsFormatAndReadsNordicLetters()
    {
        var (session, rows) = ReadFile("sales-pipe-latin1.csv");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal("iso-8859-1", session.Format!.EncodingName);
        Assert.Equal('|', session.Format.Delimiter);
        Assert.Equal(',', session.Format.Number.DecimalSeparator);
        Assert.Equal("Høyskolen på Ås", rows[0].Get("customer_name"));
        Assert.Equal("Ærfugl Å/S", rows[1].Get("customer_name"));
        Assert.Equal(1000.50m, rows[0].GetDecimal("revenue"));
        Assert.Equal(2.5m, rows[1].GetDecimal("revenue"));
    }

    [Theory]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", false)]
    public void Open_Utf16WithOrWithoutBom_DetectsEncoding(string encoding, bool bom)
    {
        var text = System.Text.Encoding.GetEncoding(encoding).GetBytes("Dato\tKundenr\tBeløp\n12.01.2025\tK1\t1 234,50\n");
        byte[] mark = !bom ? [] : encoding == "utf-16be" ? [0xFE, 0xFF] : [0xFF, 0xFE];

        var (session, rows) = ReadBytes([.. mark, .. text]);

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(encoding, session.Format!.EncodingName);
        Assert.Equal(1234.50m, Assert.Single(rows).GetDecimal("revenue"));
    }

    [Theory]
    [InlineData(new byte[] { 0xE6, 0xF8, 0xE5 }, "iso-8859-1", "æøå")]
    [InlineData(new byte[] { 0xE6, 0xF8, 0xE5, 0x80 }, "windows-1252", "æøå€")]
    [InlineData(new byte[] { 0xC3, 0xA6, 0xC3, 0xB8, 0xC3, 0xA5 }, "utf-8", "æøå")]
    public void Open_SingleByteOrUtf8_DecidedByUtf8ValidityThen1252(byte[] name, string encoding, string expected)
    {
        byte[] bytes = [.. "Dato;Kundenr;Kundenavn;Omsetning\n12.01.2025;K1;"u8, .. name, .. ";1\n"u8];

        var (session, rows) = ReadBytes(bytes);

        Assert.Equal(encoding, session.Format!.EncodingName);
        Assert.Equal(expected, Assert.Single(rows).Get("customer_name"));
    }

    [Fact]
    public void Open_QuotedFieldsWithDelimiterAndLineBreak_KeepsContentAndPhysicalLines()
    {
        var (session, rows) = ReadFile("sales-quoted-multiline.csv");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(3, rows.Count);
        Assert.Equal("Hansen; Olsen & Co", rows[0].Get("customer_name"));
        Assert.Equal("Linje en\nlinje to \"sitat\"", rows[1].Get("customer_name"));
        Assert.Equal([2L, 3L, 5L], rows.Select(r => r.Line));
    }

    [Fact]
    public void Open_NbNoMinusAndNoBreakSpaceThousands_ReadsNegativesAndThousands()
    {
        var (session, rows) = ReadFile("sales-nbno-minus-nbsp.csv");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(',', session.Format!.Number.DecimalSeparator);
        Assert.Equal(-1234567.89m, rows[0].GetDecimal("revenue"));
        Assert.Equal(-100.00m, rows[0].GetDecimal("cost"));
        Assert.Equal(1234.5m, rows[1].GetDecimal("revenue"));
    }

    [Fact]
    public void Open_ExcelSerialDates_ReadsDates()
    {
        var (session, rows) = ReadFile("sales-excel-serial.csv");

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(DateFormat.ExcelSerial, session.Format!.DateFormat);
        Assert.Equal(new DateOnly(2025, 1, 12), rows[0].GetDate("date"));
        Assert.Equal(new DateOnly(2025, 1, 13), rows[1].GetDate("date"));
    }

    [Fact]
    public void Open_ForwardOnlyStream_ReadsLikeAFile()
    {
        var stream = new ForwardOnlyStream(File.OpenRead(FilePath("sales-semicolon-comma-1252.csv")));

        var (session, rows) = ReadAll(stream, "upload.csv", ImportKind.SalesLines, null);

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal("Ærlig Øl & Å – Bryggeri", rows[0].Get("customer_name"));
    }

    [Fact]
    public void Open_Overrides_WinOverDetection()
    {
        var options = new ReadOptions { DecimalSeparator = '.', DateFormat = DateFormat.Iso, Encoding = "iso-8859-1" };

        var (session, rows) = ReadFile("sales-pipe-latin1.csv", options: options);

        Assert.Equal('.', session.Format!.Number.DecimalSeparator);
        Assert.Equal(DateFormat.Iso, session.Format.DateFormat);
        Assert.Equal("iso-8859-1", session.Format.EncodingName);
        Assert.Null(rows[1].GetDecimal("revenue")); // 2,5 is no number when the decimal is a point
        Assert.Contains(session.Errors.Kept, e => e.Line == 2 && e.Column == "Omsetning" && e.Value == "1 000,50");
        Assert.Contains(session.Errors.Kept, e => e.Line == 3 && e.Column == "Omsetning" && e.Value == "2,5");
    }

    [Fact]
    public void Open_SepLineAndTitleAboveHeader_FindsHeaderLine()
    {
        var bytes = "sep=;\nSalgsrapport januar 2025\n\nDato;Kundenr;Omsetning\n12.01.2025;K1;1,5\n"u8.ToArray();

        var (session, rows) = ReadBytes(bytes);

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal(4, session.Format!.HeaderLine);
        Assert.Equal(5, Assert.Single(rows).Line);
        Assert.Equal(1.5m, rows[0].GetDecimal("revenue"));
    }

    [Fact]
    public void Open_BlankLinesAndTrailingSpaces_AreSkippedAndTrimmed()
    {
        var bytes = "Dato;Kundenr;Omsetning\r\n\r\n 12.01.2025 ; K1 ;  10 \r\n;;\r\n13.01.2025;K2;20"u8.ToArray();

        var (session, rows) = ReadBytes(bytes);

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal([3L, 5L], rows.Select(r => r.Line));
        Assert.Equal("K1", rows[0].Get("customer_id"));
        Assert.Equal(20m, rows[1].GetDecimal("revenue"));
    }

    [Fact]
    public void Open_AmbiguousThousandsOnlyInCommaFile_NotesTheDefault()
    {
        var bytes = "date,customer_id,revenue\n2025-01-12,K1,100\n"u8.ToArray();

        var (session, _) = ReadBytes(bytes);

        Assert.Equal('.', session.Format!.Number.DecimalSeparator);
        Assert.Contains(session.Format.Notes, n => n.ToString().StartsWith("no decimal separator seen", StringComparison.Ordinal));
        // A note reads in the user's language, like an error.
        Assert.Contains(session.Format.Notes,
            n => n.In(CultureInfo.GetCultureInfo("nb-NO")).StartsWith("ingen desimalskilletegn i radene som ble lest", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_Validation_ReportsRequiredEmptyAndBadBoolean()
    {
        var bytes = "Varenr;Navn;Ny\nP1;Pølse;ja\n;Uten nummer;nei\nP3;Tredje;kanskje\n"u8.ToArray();

        var (session, rows) = ReadBytes(bytes, kind: ImportKind.Products);

        Assert.Equal(3, rows.Count);
        Assert.True(rows[0].GetBool("is_new"));
        Assert.False(rows[1].IsValid);
        Assert.Equal(
            [new ImportError(3, "Varenr", null, "product_id is required and empty"),
             new ImportError(4, "Ny", "kanskje", "'kanskje' is not yes or no (ja/nei/nej/yes/no/true/false/1/0/x)")],
            session.Errors.Kept);
    }

    [Fact]
    public void Rows_SecondEnumeration_Throws()
    {
        var session = ImportFileReader.Open(File.OpenRead(FilePath("sales-excel-serial.csv")), "x.csv", ImportKind.SalesLines);
        _ = session.Rows.ToList();

        Assert.Throws<InvalidOperationException>(() => session.Rows);
    }
}
