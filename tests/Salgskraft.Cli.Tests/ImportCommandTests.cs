using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Testing;

namespace Salgskraft.Cli.Tests;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Sqlite();
    private readonly string file = Path.Combine(Path.GetTempPath(), $"salgskraft-cli-{Guid.NewGuid():N}.csv");

    public async ValueTask InitializeAsync()
    {
        await CliRun.RunAsync(database, "migrate");
        await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS");
    }

    public async ValueTask DisposeAsync()
    {
        File.Delete(file);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Import_GoodFile_ExitsZeroWithCountsAndSummaryShowsThem()
    {
        await File.WriteAllTextAsync(file, "Fakturanr;Dato;Kundenr;Kundenavn;Omsetning;DB\nF1;12.01.2025;K1;Kunde En;1 000,50;400,50\nF1;12.01.2025;K2;Kunde To;99,50;9,50\nF2;01.02.2024;K1;;10,00;1,00\n",
            TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(database, "import", "sales-lines", file, "--company", "acme");
        var again = await CliRun.RunAsync(database, "import", "sales-lines", file, "--company", "acme");
        var summary = await CliRun.RunAsync(database, "summary", "acme", "--period", "2025", "--format", "json");

        Assert.Equal(Cli.Success, run.ExitCode);
        Assert.Contains("3 rows, 3 added, 0 updated, 0 unchanged", run.Out, StringComparison.Ordinal);
        Assert.Contains("Created: 2 customers", run.Out, StringComparison.Ordinal);
        Assert.Equal(Cli.Success, again.ExitCode);
        Assert.Contains("3 rows, 0 added, 0 updated, 3 unchanged", again.Out, StringComparison.Ordinal);
        Assert.Contains("nothing changed", again.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(summary.Out);
        var root = json.RootElement;
        Assert.Equal((2, 0, 0, 3L, 0, 0), (root.GetProperty("customers").GetInt32(), root.GetProperty("products").GetInt32(), root.GetProperty("people").GetInt32(),
            root.GetProperty("salesLines").GetInt64(), root.GetProperty("activities").GetInt32(), root.GetProperty("deals").GetInt32()));
        Assert.Equal((1100m, 690m), (root.GetProperty("revenue").GetDecimal(), root.GetProperty("cost").GetDecimal()));
    }

    [Fact]
    public async Task Import_BadFile_ExitsOneWithEveryErrorAndWritesNothing()
    {
        await File.WriteAllTextAsync(file, "Dato;Kundenr;Omsetning\n12.01.2025;K1;1x\n31.02.2025;K2;5\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(database, "import", "sales-lines", file, "--company", "acme");

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.Contains("2 error(s); nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, column 'Omsetning', value '1x'", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 3, column 'Dato', value '31.02.2025'", run.Error, StringComparison.Ordinal);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        Assert.Equal((0, 0, 0), (await db.SalesLines.CountAsync(TestContext.Current.CancellationToken),
            await db.Customers.CountAsync(TestContext.Current.CancellationToken), await db.ImportBatches.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Import_MapOverridesAndStrict_UnknownCustomerIsAnError()
    {
        await File.WriteAllTextAsync(file, "When,Who,Amount\n2025-01-12,K1,5\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(database, "import", "sales-lines", file, "--company", "acme", "--map", "date=When", "--map", "customer_id=Who",
            "--map", "revenue=Amount", "--strict");

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.Contains("line 2, column 'Who', value 'K1': unknown customer 'K1'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GoalsKind_ExitsOnePointingToTheGoalsImport()
    {
        await File.WriteAllTextAsync(file, "Selger;Periode;Måltype;Mål\nS1;2025;omsetning;100\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(database, "import", "goals", file, "--company", "acme");

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.Contains("POST /api/v1/goals/import", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "nonsense", "x.csv", "--company", "acme")]
    [InlineData("import", "sales-lines")]
    [InlineData("summary")]
    public async Task Import_WrongUsage_ExitsTwo(params string[] args)
    {
        var run = await CliRun.RunAsync(database, args);

        Assert.Equal(Cli.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Import_UnknownCompany_ExitsOne()
    {
        await File.WriteAllTextAsync(file, "Dato;Kundenr;Omsetning\n12.01.2025;K1;1\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(database, "import", "sales-lines", file, "--company", "nope");

        Assert.Equal((Cli.Failed, "company: There is no company 'nope'."), (run.ExitCode, run.Error.Trim()));
    }
}
