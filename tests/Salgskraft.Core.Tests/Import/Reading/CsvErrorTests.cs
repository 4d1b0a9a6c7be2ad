using System.Globalization;
using System.Text;
using Salgskraft.Core.Import.Reading;
using static Salgskraft.Core.Tests.Import.Reading.ReaderTestSupport;

namespace Salgskraft.Core.Tests.Import.Reading;

public sealed class CsvErrorTests : IDisposable
{
    private const int GeneratedLines = 100_000;
    private const int BadLine = 50_001;
    private readonly string _directory = Directory.CreateTempSubdirectory("salgskraft-import-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Rows_BadNumberOnLine50001Of100000_ReportsExactlyThatError()
    {
        var path = Generate(line => line == BadLine ? "12.01.2025;K1;12,3x" : null);

        var (session, rows) = ReadAll(File.OpenRead(path), "big.csv", ImportKind.SalesLines, null);

        Assert.Equal(GeneratedLines - 1, rows.Count);
        Assert.Equal(
            [new ImportError(BadLine, "Omsetning", "12,3x", "'12,3x' is not a number ('x' is not a digit or separator)")],
            session.Errors.Kept);
        Assert.False(rows[BadLine - 2].IsValid);
        Assert.Equal(BadLine, rows[BadLine - 2].Line);
    }

    [Fact]
    public void Rows_BadDateOnLine50001Of100000_ReportsExactlyThatError()
    {
        var path = Generate(line => line == BadLine ? "31.02.2025;K1;10,00" : null);

        var (session, _) = ReadAll(File.OpenRead(path), "big.csv", ImportKind.SalesLines, null);

        Assert.Equal(
            [new ImportError(BadLine, "Dato", "31.02.2025", "'31.02.2025' is not a valid date (dd.MM.yyyy: day or month out of range)")],
            session.Errors.Kept);
    }

    [Fact]
    public void Rows_BadQuoteOnLine50001Of100000_StopsWithLine()
    {
        var path = Generate(line => line == BadLine ? "12.01.2025;\"K1\"x;10,00" : null);

        var (session, rows) = ReadAll(File.OpenRead(path), "big.csv", ImportKind.SalesLines, null);

        Assert.Equal(BadLine - 2, rows.Count);
        var error = Assert.Single(session.Errors.Kept);
        Assert.Equal(BadLine, error.Line);
        Assert.StartsWith("unexpected 'x' after the closing quote of column 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_StrayQuoteInUnquotedField_ErrorWithLine()
    {
        var (session, rows) = ReadFile("sales-bad-quote.csv");

        Assert.Empty(rows);
        Assert.Equal(
            [new ImportError(2, null, null, "a quote (\") inside the unquoted field in column 3; quote the whole field and double the quote")],
            session.Errors.Kept);
    }

    [Fact]
    public void Rows_QuoteNeverClosed_ErrorNamesLineWhereItOpens()
    {
        var bytes = "Dato;Kundenr;Omsetning\n12.01.2025;K1;1\n13.01.2025;\"K2;2\n14.01.2025;K3;3\n"u8.ToArray();

        var (session, rows) = ReadBytes(bytes);

        Assert.Single(rows);
        Assert.Equal([new ImportError(3, null, null, "a quoted field in column 2 opens on line 3 and is never closed")], session.Errors.Kept);
    }

    [Fact]
    public void Rows_FieldCountMismatch_ErrorPerLineAndRowSkipped()
    {
        var bytes = "Dato;Kundenr;Omsetning\n12.01.2025;K1;1\n13.01.2025;K2\n14.01.2025;K3;3;\n15.01.2025;K4;4\n"u8.ToArray();

        var (session, rows) = ReadBytes(bytes);

        Assert.Equal([2L, 5L], rows.Select(r => r.Line));
        Assert.Equal(
            [new ImportError(3, null, null, "2 fields where the header has 3"), new ImportError(4, null, null, "4 fields where the header has 3")],
            session.Errors.Kept);
    }

    [Fact]
    public void Open_MissingRequiredColumn_ErrorAndNoRows()
    {
        var bytes = "Dato;Kundenr;Antall\n12.01.2025;K1;1\n"u8.ToArray();

        var (session, rows) = ReadBytes(bytes);

        Assert.False(session.CanReadRows);
        Assert.Empty(rows);
        Assert.Equal([new ImportError(1, "revenue", null, "required column 'revenue' is missing; headers found: 'Dato', 'Kundenr', 'Antall'")], session.Errors.Kept);
    }

    [Fact]
    public void Open_EmptyFile_Error()
    {
        var (session, rows) = ReadBytes([]);

        Assert.Empty(rows);
        Assert.Null(session.Format);
        Assert.Equal([new ImportError(0, null, null, "the file is empty")], session.Errors.Kept);
    }

    [Fact]
    public void Open_OnlyBlankLines_ErrorNoHeader()
    {
        var (session, _) = ReadBytes("\r\n  \r\n;;\r\n"u8.ToArray());

        Assert.Equal([new ImportError(0, null, null, "the file is empty: it has no header line")], session.Errors.Kept);
    }

    [Fact]
    public void Open_BinaryFile_Error()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var (session, rows) = ReadBytes(png, "bilde.csv");

        Assert.Empty(rows);
        Assert.Equal([new ImportError(0, null, null, "the file is not text: it contains a NUL byte at offset 8 (is it a binary file?)")], session.Errors.Kept);
    }

    [Fact]
    public void Open_LegacyXls_Error()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var (session, _) = ReadBytes(xls, "gammel.xls");

        Assert.StartsWith("this is an old Excel (.xls)", Assert.Single(session.Errors.Kept).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_WrongEncodingGuess_ErrorOnTheLineWithTheBadByte()
    {
        // 80 KB of ASCII makes the first 64 KB valid UTF-8; a Windows-1252 'ø' comes after it.
        var text = new StringBuilder("Dato;Kundenr;Kundenavn;Omsetning\n");
        var line = 1;
        while (text.Length < 80_000)
        {
            text.Append("12.01.2025;K1;Ola;10,00\n");
            line++;
        }

        var bytes = Encoding.ASCII.GetBytes(text.ToString()).Concat("12.01.2025;K2;S"u8.ToArray()).Append((byte)0xF8).Concat("ren;5,00\n"u8.ToArray()).ToArray();

        var (session, rows) = ReadBytes(bytes);

        Assert.Equal("utf-8", session.Format!.EncodingName);
        Assert.Equal(line - 1, rows.Count);
        Assert.Equal(
            [new ImportError(line + 1, null, null, string.Create(CultureInfo.InvariantCulture,
                $"line {line + 1} has bytes that are not valid utf-8; the encoding was guessed from the start of the file, so choose the right one (e.g. windows-1252 or utf-8)"))],
            session.Errors.Kept);
    }

    [Fact]
    public void Rows_WrongEncodingGuessOverridden_ReadsNordicLetters()
    {
        var bytes = "Dato;Kundenr;Kundenavn;Omsetning\n12.01.2025;K2;S"u8.ToArray().Append((byte)0xF8).Concat("ren;5,00\n"u8.ToArray()).ToArray();

        var (session, rows) = ReadBytes(bytes, options: new ReadOptions { Encoding = "windows-1252" });

        Assert.False(session.Errors.HasErrors, Describe(session.Errors));
        Assert.Equal("Søren", rows[0].Get("customer_name"));
    }

    [Fact]
    public void Rows_ManyBadLines_KeepsFirstThousandAndCountsAll()
    {
        var path = Generate(line => line % 2 == 0 ? "12.01.2025;K1;ikke et tall" : null);

        var (session, _) = ReadAll(File.OpenRead(path), "big.csv", ImportKind.SalesLines, null);

        Assert.Equal(ImportErrorCollector.DefaultCapacity, session.Errors.Kept.Count);
        Assert.Equal(GeneratedLines / 2, session.Errors.Total);
        Assert.True(session.Errors.Truncated);
    }

    /// <summary>Writes a 100 000-line Nordic sales file (header on line 1) with some lines replaced.</summary>
    private string Generate(Func<int, string?> replace)
    {
        var path = Path.Combine(_directory, "sales.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("Dato;Kundenr;Omsetning\n");
        for (var line = 2; line <= GeneratedLines; line++)
        {
            writer.Write(replace(line) ?? string.Create(CultureInfo.InvariantCulture, $"{1 + (line % 28):00}.01.2025;K{line % 97};{line % 1000},{line % 100:00}"));
            writer.Write('\n');
        }

        return path;
    }
}
