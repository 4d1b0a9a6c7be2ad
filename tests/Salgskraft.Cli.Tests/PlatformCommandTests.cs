using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Customers;
using Salgskraft.Testing;

namespace Salgskraft.Cli.Tests;

public sealed class PlatformCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Platform_WorkedExample_PrintsTheSlideAsJson(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await PlatformExample.SeedAsync(database.Services);

        var run = await CliRun.RunAsync(database, "platform", TestOrganization.AlfaSlug, "--period", "2024", "--format", "json");

        Assert.Equal((Cli.Success, ""), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(12_600_000m, root.GetProperty("thresholds").GetProperty("highRevenueFrom").GetDecimal());
        Assert.Equal(["Key", "Star", "QuestionMark", "PhaseOut"], root.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
        var customers = root.GetProperty("customers").EnumerateArray().ToDictionary(c => c.GetProperty("customerId").GetString()!);
        Assert.Equal(10, customers.Count);
        Assert.Equal(("Key", 22_500_000m, 4_950_000m, 0.22m, false), (customers["W01"].GetProperty("group").GetString(),
            customers["W01"].GetProperty("revenue").GetDecimal(), customers["W01"].GetProperty("contribution").GetDecimal(),
            customers["W01"].GetProperty("margin").GetDecimal(), customers["W01"].GetProperty("isNew").GetBoolean()));
        Assert.Equal(("PhaseOut", true), (customers["W10"].GetProperty("group").GetString(), customers["W10"].GetProperty("isNew").GetBoolean()));
        Assert.Equal(100_000m, customers["W04"].GetProperty("salesCost").GetDecimal());
        Assert.Equal((10_836_000m, 1_764_000m), (customers["W03"].GetProperty("cost").GetDecimal(), customers["W03"].GetProperty("contribution").GetDecimal()));
        Assert.Contains(root.GetProperty("noRevenue").EnumerateArray(), c => c.GetProperty("customerId").GetString() == "W11");
    }

    [Fact]
    public async Task Platform_IntoAStreamAsTheConsoleIs_WritesTheSameJsonAsIntoAWriter()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        await PlatformExample.SeedAsync(database.Services);
        string[] args = ["platform", TestOrganization.AlfaSlug, "--period", "2024", "--format", "json"];

        // As Program.cs gives the console: a UTF-8 writer with its stream under it, which the JSON goes straight into.
        using var bytes = new MemoryStream();
        int code;
        await using (var stdout = new StreamWriter(bytes, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true })
        {
            code = await Cli.RunAsync(args, stdout, TextWriter.Null, database.Settings, TestContext.Current.CancellationToken);
            await stdout.WriteAsync("after");
        }

        var expected = await CliRun.RunAsync(database, args);
        Assert.Equal(Cli.Success, code);
        Assert.Equal(expected.Out + "after", Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public async Task Platform_MarginThresholdOverall_TakesTheOverallMarginOverTheCompanysFixedOne()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        var example = await PlatformExample.SeedAsync(database.Services);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
            db.CompanyPlatformSettings.Add(new CompanyPlatformSettings { CompanyId = example.Organization.AlfaId, MarginThreshold = 0.30m });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        string[] args = ["platform", TestOrganization.AlfaSlug, "--period", "2024", "--format", "csv"];
        var fixedByCompany = await CliRun.RunAsync(database, args);
        var overall = await CliRun.RunAsync(database, [.. args, "--margin-threshold", "overall"]);

        Assert.Equal("2024,NOK,0.8,12600000,0.3,false,50000,false", fixedByCompany.Out.Split('\n', StringSplitOptions.TrimEntries)[2]);
        Assert.Equal(Cli.Success, overall.ExitCode);
        Assert.Equal($"2024,NOK,0.8,12600000,{(10_093_000m / 56_800_000m).ToString("G29", CultureInfo.InvariantCulture)},true,50000,false",
            overall.Out.Split('\n', StringSplitOptions.TrimEntries)[2]);
    }

    [Fact]
    public async Task Platform_OverridesPersonAndCsv_AnswerTheWhatIf()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        await PlatformExample.SeedAsync(database.Services);

        var whatIf = await CliRun.RunAsync(database, "platform", TestOrganization.AlfaSlug, "--period", "2024", "--margin-threshold", "20",
            "--contribution-floor", "70000", "--revenue-share", "0.5", "--format", "csv");
        var person = await CliRun.RunAsync(database, "platform", TestOrganization.AlfaSlug, "--period", "2024", "--person", "P-S1", "--format", "csv");
        var unit = await CliRun.RunAsync(database, "platform", TestOrganization.AlfaSlug, "--period", "2024", "--unit", "S", "--after-sales-cost");

        Assert.Equal(Cli.Success, whatIf.ExitCode);
        var lines = whatIf.Out.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("2024,NOK,0.5,15600000,0.2,false,70000,false", lines[2]);
        Assert.Contains("W03,Eksempel W03,12600000,10836000,1764000,0.14,0,PhaseOut,false", lines);
        Assert.Contains("W04,Eksempel W04,1800000,1458000,342000,0.19,100000,PhaseOut,false", lines);
        Assert.Contains("W09,Eksempel W09,300000,231000,69000,0.23,0,PhaseOut,false", lines);
        Assert.Equal(Cli.Success, person.ExitCode);
        Assert.Contains(person.Out.Split('\n'), l => l.StartsWith("W02,Eksempel W02,600000,", StringComparison.Ordinal));
        Assert.DoesNotContain("W04,", person.Out, StringComparison.Ordinal);
        Assert.Equal(Cli.Success, unit.ExitCode);
        Assert.Contains("\"marginAfterSalesCost\": true", unit.Out, StringComparison.Ordinal);

        var unknown = await CliRun.RunAsync(database, "platform", TestOrganization.AlfaSlug, "--period", "2024", "--person", "NOBODY");
        var badPeriod = await CliRun.RunAsync(database, "platform", TestOrganization.AlfaSlug, "--period", "2024-W05");
        var badNumber = await CliRun.RunAsync(database, "platform", TestOrganization.AlfaSlug, "--period", "2024", "--revenue-share", "0,8");
        var noCompany = await CliRun.RunAsync(database, "platform", "nope", "--period", "2024");
        Assert.Equal([Cli.Failed, Cli.Failed, Cli.Failed, Cli.Failed], new[] { unknown.ExitCode, badPeriod.ExitCode, badNumber.ExitCode, noCompany.ExitCode });
        Assert.Contains("--person", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(Cli.Usage, (await CliRun.RunAsync(database, "platform", "alfa")).ExitCode);
    }
}
