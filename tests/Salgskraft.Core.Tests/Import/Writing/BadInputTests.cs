using System.Globalization;
using System.Text;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Core.Tests.Import.Reading;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Import.Writing;

/// <summary>Every class of bad input gives its exact error, and the database (history included) is left as it was.</summary>
public sealed class BadInputTests
{
    private const string Header = "Fakturanr;Linjenr;Dato;Kundenr;Omsetning\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_UnparsableNumberOnLine50001Of100000_ThatErrorOnlyAndNothingWritten(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();

        var result = await bed.ImportAsync(ImportKind.SalesLines, Generated(100_000, 50_001, "12,3x", null));

        Assert.Equal([new ImportError(50_001, "Omsetning", "12,3x", "'12,3x' is not a number ('x' is not a digit or separator)")], result.Errors);
        Assert.Equal(100_000, result.Counts.Rows);
        Assert.Null(result.BatchId);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_UnparsableDateOnLine50001Of100000_ThatErrorOnlyAndNothingWritten(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();

        var result = await bed.ImportAsync(ImportKind.SalesLines, Generated(100_000, 50_001, null, "31.02.2025"));

        Assert.Equal([new ImportError(50_001, "Dato", "31.02.2025", "'31.02.2025' is not a valid date (dd.MM.yyyy: day or month out of range)")], result.Errors);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_DuplicateKeyInsideTheFile_ErrorOnTheSecondLine(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();

        var result = await bed.ImportAsync(ImportKind.SalesLines, Header + "F9;1;12.01.2026;K1;10,00\nF9;2;12.01.2026;K1;5,00\nF9;1;13.01.2026;K2;1,00\n");

        Assert.Equal([new ImportError(4, "Fakturanr", "F9", "invoice 'F9' line 1 is also on line 2 of the file; a line may appear once")], result.Errors);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_UnknownCustomerUnderStrict_ErrorAtItsFirstLine(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();

        var result = await bed.ImportAsync(ImportKind.SalesLines, Header + "F9;1;12.01.2026;K1;10,00\nF9;2;12.01.2026;K99;5,00\nF10;1;12.01.2026;K99;5,00\n", strict: true);

        Assert.Equal(
            [new ImportError(3, "Kundenr", "K99", "unknown customer 'K99'; strict import creates nothing, so import the customer first or import without strict")],
            result.Errors);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_MissingColumn_ErrorNamesTheFieldAndTheHeadersFound(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();

        var result = await bed.ImportAsync(ImportKind.SalesLines, "Dato;Kundenr;Antall\n12.01.2025;K1;2\n");

        Assert.Equal([new ImportError(1, "revenue", null, "required column 'revenue' is missing; headers found: 'Dato', 'Kundenr', 'Antall'")], result.Errors);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_WrongEncodingGuess_ErrorOnTheLineWithTheBadByte(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();
        // 80 KB of ASCII makes the first 64 KB valid UTF-8; a Windows-1252 'ø' comes after it.
        var text = new StringBuilder("Dato;Kundenr;Kundenavn;Omsetning\n");
        var line = 1;
        while (text.Length < 80_000)
        {
            text.Append("12.01.2025;K1;Ola;10,00\n");
            line++;
        }

        var bytes = Encoding.ASCII.GetBytes(text.ToString()).Concat("12.01.2025;K2;S"u8.ToArray()).Append((byte)0xF8).Concat("ren;5,00\n"u8.ToArray()).ToArray();

        var result = await bed.ImportAsync(ImportKind.SalesLines, bytes);

        Assert.Equal(
            [new ImportError(line + 1, null, null, string.Create(CultureInfo.InvariantCulture,
                $"line {line + 1} has bytes that are not valid utf-8; the encoding was guessed from the start of the file, so choose the right one (e.g. windows-1252 or utf-8)"))],
            result.Errors);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_EmptyBinaryOrTruncatedFile_ClearErrorAndNothingWritten(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        var workbook = XlsxTestWorkbook.Create(("Ark1", [["date", "customer_id", "revenue"], ["2025-01-12", "K9", 5m]]));

        var empty = await bed.ImportAsync(ImportKind.SalesLines, []);
        var binary = await bed.ImportAsync(ImportKind.SalesLines, png, fileName: "bilde.csv");
        var truncated = await bed.ImportAsync(ImportKind.SalesLines, workbook[..(workbook.Length / 2)], fileName: "salg.xlsx");

        Assert.Equal([new ImportError(0, null, null, "the file is empty")], empty.Errors);
        Assert.Equal([new ImportError(0, null, null, "the file is not text: it contains a NUL byte at offset 8 (is it a binary file?)")], binary.Errors);
        Assert.StartsWith("the .xlsx file is truncated or not a zip archive", Assert.Single(truncated.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ManyErrors_KeepsTheFirstThousandAndCountsAll(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);

        var result = await bed.ImportAsync(ImportKind.SalesLines, Header + string.Concat(Enumerable.Range(1, 1500).Select(i => $"F{i};1;12.01.2026;K1;x\n")));

        Assert.Equal((1000, 1500L), (result.Errors.Count, result.ErrorCount));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_RealFiles_EveryFormatVariantImports(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        foreach (var name in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Import", "Files"), "sales-*.csv").Where(f => !f.Contains("bad", StringComparison.Ordinal)))
        {
            var result = await bed.ImportAsync(ImportKind.SalesLines, await File.ReadAllBytesAsync(name, TestContext.Current.CancellationToken), fileName: Path.GetFileName(name));

            Assert.True(result.Succeeded, $"{Path.GetFileName(name)}: {string.Join(" | ", result.Errors)}");
            Assert.True(result.Counts.Rows > 0, Path.GetFileName(name));
        }
    }

    private static byte[] Generated(int lines, int badLine, string? badRevenue, string? badDate)
    {
        var text = new StringBuilder(Header, lines * 32);
        for (var physical = 2; physical <= lines + 1; physical++)
        {
            var date = physical == badLine && badDate is not null ? badDate : "12.01.2026";
            var revenue = physical == badLine && badRevenue is not null ? badRevenue : "10,00";
            text.Append(CultureInfo.InvariantCulture, $"G{physical};1;{date};K{physical % 50};{revenue}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
