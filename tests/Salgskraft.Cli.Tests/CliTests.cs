using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Testing;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Cli.Tests;

public sealed class CliTests : IAsyncLifetime
{
    private const string Password = "a-long-enough-password";

    private readonly TestDatabase database = TestDatabase.Sqlite();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Migrate_NewFile_CreatesSchemaAndExitsZero()
    {
        var run = await CliRun.RunAsync(database, "migrate");

        Assert.Equal((Cli.Success, ""), (run.ExitCode, run.Error));
        await using var scope = database.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>().Database
            .GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CompanyAdd_ValidInput_StoresCompanyAndExitsZero()
    {
        await CliRun.RunAsync(database, "migrate");

        var run = await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS", "--currency", "DKK", "--culture", "da-DK");

        Assert.Equal(Cli.Success, run.ExitCode);
        Assert.Contains("acme", run.Out, StringComparison.Ordinal);
        await using var scope = database.Services.CreateAsyncScope();
        var company = await scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>().Companies
            .SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("acme", "Acme AS", "DKK", "da-DK"), (company.Slug, company.Name, company.Currency, company.Culture));
    }

    [Fact]
    public async Task CompanyAdd_DefaultsOmitted_UsesNokAndNorwegian()
    {
        await CliRun.RunAsync(database, "migrate");

        var run = await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS");

        Assert.Equal(Cli.Success, run.ExitCode);
        Assert.Contains("NOK, nb-NO", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad_Slug", "slug:")]
    [InlineData("x", "slug:")]
    public async Task CompanyAdd_BadSlug_ExitsOneWithFieldMessage(string slug, string message)
    {
        await CliRun.RunAsync(database, "migrate");

        var run = await CliRun.RunAsync(database, "company", "add", slug, "--name", "Acme AS");

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyAdd_Duplicate_ExitsOne()
    {
        await CliRun.RunAsync(database, "migrate");
        await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS");

        var run = await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme Two AS");

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_DirectorWithoutPerson_ExitsZero()
    {
        await CliRun.RunAsync(database, "migrate");
        await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS");

        var run = await CliRun.RunAsync(database, "user", "add", "boss@acme.no", "--company", "acme", "--role", "director", "--password", Password);

        Assert.Equal((Cli.Success, ""), (run.ExitCode, run.Error));
        Assert.Contains("as Director", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_SalespersonWithPerson_LinksMembershipToPerson()
    {
        await CliRun.RunAsync(database, "migrate");
        await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS");
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var company = await db.Companies.SingleAsync(TestContext.Current.CancellationToken);
        var person = new Person { CompanyId = company.Id, ExternalId = "S1", Name = "Siri Selger", Role = PersonRole.Salesperson };
        db.People.Add(person);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(database, "user", "add", "siri@acme.no", "--company", "acme", "--role", "Salesperson",
            "--person", "S1", "--password", Password);

        Assert.Equal(Cli.Success, run.ExitCode);
        var membership = await db.Memberships.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((AccessRole.Salesperson, person.Id), (membership.Role, membership.PersonId));
    }

    [Theory]
    [InlineData("acme", "Director", "short-pw", "password:")]
    [InlineData("nope", "Director", Password, "company:")]
    [InlineData("acme", "Boss", Password, "role:")]
    [InlineData("acme", "2", Password, "role:")]
    [InlineData("acme", "Salesperson", Password, "person:")]
    public async Task UserAdd_InvalidInput_ExitsOneWithFieldMessage(string company, string role, string password, string message)
    {
        await CliRun.RunAsync(database, "migrate");
        await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS");

        var run = await CliRun.RunAsync(database, "user", "add", "someone@acme.no", "--company", company, "--role", role, "--password", password);

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_SameUserTwiceInCompany_ExitsOne()
    {
        await CliRun.RunAsync(database, "migrate");
        await CliRun.RunAsync(database, "company", "add", "acme", "--name", "Acme AS");
        await CliRun.RunAsync(database, "user", "add", "boss@acme.no", "--company", "acme", "--role", "Director", "--password", Password);

        var run = await CliRun.RunAsync(database, "user", "add", "boss@acme.no", "--company", "acme", "--role", "Administrator", "--password", Password);

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.Contains("already a member", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("bogus")]
    [InlineData("migrate", "--bogus")]
    [InlineData("company", "add", "acme")]
    [InlineData("company", "add", "--name", "Acme AS")]
    [InlineData("user", "add", "boss@acme.no", "--company", "acme", "--role", "Director")]
    [InlineData("demo", "--format", "xml")]
    public async Task RunAsync_WrongUsage_ExitsTwoWithHelpHint(params string[] args)
    {
        var run = await CliRun.RunAsync(database, args);

        Assert.Equal(Cli.Usage, run.ExitCode);
        Assert.Contains("salgskraft --help", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(database.SqliteFile));
    }

    [Fact]
    public async Task RunAsync_Help_PrintsCommandsAndExitsZero()
    {
        var run = await CliRun.RunAsync(database, "--help");

        Assert.Equal(Cli.Success, run.ExitCode);
        Assert.All(new[] { "migrate", "company", "user", "demo" }, c => Assert.Contains(c, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_UnknownProvider_ExitsOneWithMessage()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var settings = new Dictionary<string, string?>(database.Settings) { [DatabaseProviders.ProviderKey] = "Oracle" };

        var code = await Cli.RunAsync(["migrate"], stdout, stderr, settings, TestContext.Current.CancellationToken);

        Assert.Equal(Cli.Failed, code);
        Assert.Contains("Unknown database provider 'Oracle'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DatabaseCannotBeOpened_ExitsOneWithMessage()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var blocker = Path.GetTempFileName();
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            [$"ConnectionStrings:{DatabaseProviders.ConnectionStringName}"] = $"Data Source={blocker}/sub/x.db",
        };

        try
        {
            var code = await Cli.RunAsync(["migrate"], stdout, stderr, settings, TestContext.Current.CancellationToken);

            Assert.Equal(Cli.Failed, code);
            Assert.StartsWith("error: ", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Demo_NewFile_MigratesLoadsAndPrintsLogins()
    {
        var run = await CliRun.RunAsync(database, "demo");

        Assert.Equal((Cli.Success, ""), (run.ExitCode, run.Error));
        Assert.All(DemoData.Logins, l =>
        {
            Assert.Contains(l.Email, run.Out, StringComparison.Ordinal);
            Assert.Contains(l.Company, run.Out, StringComparison.Ordinal);
        });
        Assert.Contains(DemoData.Password, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_FormatJson_PrintsLoginsAsCamelCaseJsonArray()
    {
        var run = await CliRun.RunAsync(database, "demo", "--format", "json");

        Assert.Equal(Cli.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var logins = json.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("email").GetString()!, e.GetProperty("password").GetString()!,
                e.GetProperty("role").GetString()!, e.GetProperty("company").GetString()!))
            .ToList();
        Assert.Equal(DemoData.Logins.Select(l => (l.Email, l.Password, l.Role.ToString(), l.Company)), logins);
    }

    [Fact]
    public async Task Demo_SecondTime_ExitsOneAndSaysWhy()
    {
        await CliRun.RunAsync(database, "demo");

        var run = await CliRun.RunAsync(database, "demo");

        Assert.Equal(Cli.Failed, run.ExitCode);
        Assert.StartsWith("database:", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
