using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Import;

/// <summary>The import API on both databases: result, errors as ProblemDetails, history, undo, profiles, who may, and company isolation.</summary>
public sealed class ImportApiTests
{
    private const string GoodFile = "Fakturanr;Dato;Kundenr;Kundenavn;Omsetning;Kostpris\nF900;12.01.2026;K1;;100,00;40,00\nF901;13.01.2026;K77;Ny Kunde AS;50,00;10,00\n";

    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_Director_ReturnsCountsThenHistoryThenUndo(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var client = await app.ApiClientAsync(AlfaDirector, Password);

        var response = await client.PostAsync("/api/v1/imports", Form("sales-lines", GoodFile), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var counts = result.RootElement.GetProperty("counts");
        Assert.Equal((2, 1), (counts.GetProperty("added").GetInt32(), counts.GetProperty("createdCustomers").GetInt32()));
        Assert.Equal((";", ",", "dd.MM.yyyy"), (result.RootElement.GetProperty("format").GetProperty("delimiter").GetString(),
            result.RootElement.GetProperty("format").GetProperty("decimalSeparator").GetString(), result.RootElement.GetProperty("format").GetProperty("dateFormat").GetString()));
        var id = result.RootElement.GetProperty("batchId").GetInt32();

        using var history = JsonDocument.Parse(await client.GetStringAsync("/api/v1/imports", ct));
        var entry = Assert.Single(history.RootElement.EnumerateArray());
        Assert.Equal((id, AlfaDirector, true), (entry.GetProperty("id").GetInt32(), entry.GetProperty("importedBy").GetString(), entry.GetProperty("canUndo").GetBoolean()));

        var undo = await client.PostAsync($"/api/v1/imports/{id}/undo", null, ct);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(0, await CountAsync(app, db => db.SalesLines.CountAsync(l => l.InvoiceNo == "F900" || l.InvoiceNo == "F901", ct)));
        var again = await client.PostAsync($"/api/v1/imports/{id}/undo", null, ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_BadFile_Is422WithEveryErrorAndNothingWritten(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var client = await app.ApiClientAsync(AlfaAdmin, Password);

        var response = await client.PostAsync("/api/v1/imports", Form("sales-lines", "Dato;Kundenr;Omsetning\n12.01.2026;K1;12,3x\n12.01.2026;K404;1\n", strict: true), ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal(2, problem.RootElement.GetProperty("errorCount").GetInt32());
        var first = problem.RootElement.GetProperty("errors")[0];
        Assert.Equal((2, "Omsetning", "12,3x", "'12,3x' is not a number ('x' is not a digit or separator)"),
            (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetString(), first.GetProperty("value").GetString(), first.GetProperty("reason").GetString()));
        Assert.Equal(0, await CountAsync(app, db => db.ImportBatches.CountAsync(ct)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Imports_ManagerOrSalesperson_Is403(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);

        foreach (var user in new[] { AlfaManagerNorth, AlfaSeller1 })
        {
            var client = await app.ApiClientAsync(user, Password);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/imports", Form("sales-lines", GoodFile), ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/imports", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/imports/1/undo", null, ct)).StatusCode);
        }

        Assert.Equal(0, await CountAsync(app, db => db.ImportBatches.CountAsync(ct)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Imports_OtherCompany_NeverSeesNorUndoesAlfasImports(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var alfa = await app.ApiClientAsync(AlfaDirector, Password);
        using var result = JsonDocument.Parse(await (await alfa.PostAsync("/api/v1/imports", Form("sales-lines", GoodFile), ct)).Content.ReadAsStringAsync(ct));
        var id = result.RootElement.GetProperty("batchId").GetInt32();
        var beta = await app.ApiClientAsync(BetaDirector, Password);

        Assert.Equal("[]", await beta.GetStringAsync("/api/v1/imports", ct));
        Assert.Equal(HttpStatusCode.NotFound, (await beta.PostAsync($"/api/v1/imports/{id}/undo", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.PostAsync($"/api/v1/imports/{id + 1000}/undo", null, ct)).StatusCode);
        Assert.Equal(2, await CountAsync(app, db => db.SalesLines.CountAsync(l => l.InvoiceNo == "F900" || l.InvoiceNo == "F901", ct)));

        // Beta's own import of the same file lands in Beta and creates its own K77.
        var betaImport = await beta.PostAsync("/api/v1/imports", Form("sales-lines", GoodFile), ct);
        Assert.Equal(HttpStatusCode.OK, betaImport.StatusCode);
        Assert.Equal(2, await CountAsync(app, db => db.Customers.CountAsync(c => c.ExternalId == "K77", ct)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Profiles_SavedMappingIsUsedByName(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var client = await app.ApiClientAsync(AlfaDirector, Password);
        var saved = await client.PostAsJsonAsync("/api/v1/imports/profiles",
            new { name = "ERP", kind = "sales-lines", mapping = new Dictionary<string, string> { ["date"] = "When", ["customer_id"] = "Who", ["revenue"] = "Amount" } }, ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var response = await client.PostAsync("/api/v1/imports", Form("sales-lines", "When,Who,Amount\n2026-01-12,K1,5\n", profile: "ERP"), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var profiles = JsonDocument.Parse(await client.GetStringAsync("/api/v1/imports/profiles?kind=sales-lines", ct));
        Assert.Equal("ERP", Assert.Single(profiles.RootElement.EnumerateArray()).GetProperty("name").GetString());
    }

    private static MultipartFormDataContent Form(string kind, string csv, bool strict = false, string? profile = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new StringContent(strict ? "true" : "false"), "strict" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "salg.csv" },
        };
        if (profile is not null)
        {
            form.Add(new StringContent(profile), "profile");
        }

        return form;
    }

    private static Task<int> CountAsync(SalgskraftApp app, Func<SalgskraftDbContext, Task<int>> count) =>
        app.WithServicesAsync(services => count(services.GetRequiredService<SalgskraftDbContext>()));
}
