using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Access;

/// <summary>The visibility rule through the API, on both databases: every endpoint, each role, guessed ids.</summary>
public sealed class ApiAccessTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    /// <summary>Every protected endpoint of the API; a new endpoint must be added here.</summary>
    public static readonly string[] Endpoints = ["/api/v1/me", "/api/v1/dashboard", "/api/v1/customers", "/api/v1/customers/1", "/api/v1/units", "/api/v1/people",
        "/api/v1/activities", "/api/v1/activities/types", "/api/v1/deals", "/api/v1/deals/pipeline", "/api/v1/deals/stuck", "/api/v1/result-model", "/api/v1/result-model/team",
        "/api/v1/imports", "/api/v1/imports/profiles",
        "/api/v1/goals", "/api/v1/goals/1", "/api/v1/goals/reviews", "/api/v1/steering-platform", "/api/v1/strategies",
        "/api/v1/strategies/1", "/api/v1/notifications", "/api/v1/goals/export",
        "/api/v1/customer-platform", "/api/v1/customer-platform/movement", "/api/v1/customer-platform/customers", "/api/v1/customer-platform/customers/1",
        "/api/v1/customer-platform/export", "/api/v1/customer-platform/settings"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EveryEndpoint_WithoutToken_Is401(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var client = app.CreateClient();

        foreach (var endpoint in Endpoints)
        {
            var response = await client.GetAsync(endpoint, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint} gave {response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EveryEndpoint_WithCookieOnly_Is401(string provider)
    {
        // The API takes bearer tokens only, so a browser's cookie cannot be used for cross-site requests.
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var browser = await UiClient.SignInAsync(app, AlfaDirector, Password);

        foreach (var endpoint in Endpoints)
        {
            var response = await browser.GetAsync(endpoint, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint} gave {response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Me_ReturnsUserPersonRoleAndCompany(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var client = await app.ApiClientAsync(AlfaSeller1, Password);

        var me = await client.GetFromJsonAsync<MeDto>("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(AlfaSeller1, me!.Email);
        Assert.Equal("Salesperson", me.Role);
        Assert.Equal("Siri Selger", me.Person!.Name);
        Assert.Equal(AlfaSlug, me.Company.Slug);
        Assert.Equal("Alfa Salg AS", me.Company.Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Customers_EachRole_SeesExactlyItsScope(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);

        Assert.Equal(["K1", "K2", "K3"], await CustomerIdsAsync(app, AlfaDirector));
        Assert.Equal(["K1", "K2", "K3"], await CustomerIdsAsync(app, AlfaAdmin));
        Assert.Equal(["K1", "K3"], await CustomerIdsAsync(app, AlfaManagerNorth));
        Assert.Equal(["K1", "K3"], await CustomerIdsAsync(app, AlfaSeller1));
        Assert.Equal(["K2"], await CustomerIdsAsync(app, AlfaSeller2));
        Assert.Equal(["K1"], await CustomerIdsAsync(app, BetaDirector));
        Assert.Equal(["K1"], await CustomerIdsAsync(app, AlfaAdmin, BetaSlug));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Customer_GuessedIdOfAnotherSellerOrCompany_Is404(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var betaDirector = await app.ApiClientAsync(BetaDirector, Password);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.OK, (await seller1.GetAsync($"/api/v1/customers/{org.Seller1CustomerId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller1.GetAsync($"/api/v1/customers/{org.Seller2CustomerId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller1.GetAsync($"/api/v1/customers/{org.BetaCustomerId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/customers/{org.Seller2CustomerId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await betaDirector.GetAsync($"/api/v1/customers/{org.Seller1CustomerId}", ct)).StatusCode);
        for (var guess = 0; guess <= org.BetaCustomerId + 5; guess++)
        {
            var response = await betaDirector.GetAsync($"/api/v1/customers/{guess}", ct);
            Assert.True(guess == org.BetaCustomerId ? response.IsSuccessStatusCode : response.StatusCode == HttpStatusCode.NotFound,
                $"guess {guess} gave {response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CompanyHeader_OfCompanyNotMemberOf_Is403(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var client = await app.ApiClientAsync(AlfaDirector, Password, company: BetaSlug);

        foreach (var endpoint in Endpoints)
        {
            var response = await client.GetAsync(endpoint, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} gave {response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SelectedCompany_IsTheDefaultWhenNoneIsNamed(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var client = await app.ApiClientAsync(AlfaAdmin, Password);
        Assert.Equal(["K1", "K2", "K3"], await CustomerIdsAsync(app, AlfaAdmin));

        await app.WithServicesAsync(s => s.GetRequiredService<SalgskraftDbContext>().Users.Where(u => u.Email == AlfaAdmin)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SelectedCompanyId, org.BetaId), TestContext.Current.CancellationToken));

        var me = await client.GetFromJsonAsync<MeDto>("/api/v1/me", TestContext.Current.CancellationToken);
        Assert.Equal(BetaSlug, me!.Company.Slug);
        Assert.Equal(["K1"], await CustomerIdsAsync(app, AlfaAdmin));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PeopleAndUnits_EachRole_SeesExactlyItsScope(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var ct = TestContext.Current.CancellationToken;

        async Task<string[]> Ids(string email, string path, string field)
        {
            var client = await app.ApiClientAsync(email, Password);
            var rows = await client.GetFromJsonAsync<List<Dictionary<string, System.Text.Json.JsonElement>>>(path, ct);
            return rows!.Select(r => r[field].GetString()!).Order(StringComparer.Ordinal).ToArray();
        }

        Assert.Equal(["P-DIR", "P-MGR", "P-S1", "P-S2"], await Ids(AlfaDirector, "/api/v1/people", "externalId"));
        Assert.Equal(["P-MGR", "P-S1"], await Ids(AlfaManagerNorth, "/api/v1/people", "externalId"));
        Assert.Equal(["P-S1"], await Ids(AlfaSeller1, "/api/v1/people", "externalId"));
        Assert.Equal(["P-BS"], await Ids(BetaDirector, "/api/v1/people", "externalId"));
        Assert.Equal(["A", "N", "N1", "S"], await Ids(AlfaDirector, "/api/v1/units", "externalId"));
        Assert.Equal(["N", "N1"], await Ids(AlfaManagerNorth, "/api/v1/units", "externalId"));
        Assert.Equal(["N1"], await Ids(AlfaSeller1, "/api/v1/units", "externalId"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dashboard_EachRole_SumsExactlyTheLinesItMaySee(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);

        Assert.Equal((Seller1Revenue, Seller1Cost), await YearToDateAsync(app, AlfaSeller1));
        Assert.Equal((Seller2Revenue, Seller2Cost), await YearToDateAsync(app, AlfaSeller2));
        Assert.Equal((Seller1Revenue, Seller1Cost), await YearToDateAsync(app, AlfaManagerNorth));
        Assert.Equal((Seller1Revenue + Seller2Revenue, Seller1Cost + Seller2Cost), await YearToDateAsync(app, AlfaDirector));
        Assert.Equal((BetaRevenue, 1m), await YearToDateAsync(app, BetaDirector));
        Assert.Equal((Seller2Revenue, Seller2Cost), await YearToDateAsync(app, AlfaDirector, $"?unitId={org.SouthUnitId}"));
        // A manager cannot widen their scope by naming another unit.
        Assert.Equal((0m, 0m), await YearToDateAsync(app, AlfaManagerNorth, $"?unitId={org.SouthUnitId}"));
    }

    private static async Task<(decimal Revenue, decimal Cost)> YearToDateAsync(SalgskraftApp app, string email, string query = "")
    {
        var client = await app.ApiClientAsync(email, Password);
        var dashboard = await client.GetFromJsonAsync<DashboardDto>("/api/v1/dashboard" + query, TestContext.Current.CancellationToken);
        return (dashboard!.YearToDate.Revenue, dashboard.YearToDate.Cost);
    }

    private static async Task<string[]> CustomerIdsAsync(SalgskraftApp app, string email, string? company = null)
    {
        var client = await app.ApiClientAsync(email, Password, company);
        var customers = await client.GetFromJsonAsync<List<CustomerDto>>("/api/v1/customers", TestContext.Current.CancellationToken);
        return customers!.Select(c => c.ExternalId).Order(StringComparer.Ordinal).ToArray();
    }

    private sealed record CustomerDto(int Id, string ExternalId, string Name);

    private sealed record FiguresDto(decimal Revenue, decimal Cost);

    private sealed record DashboardDto(int Year, FiguresDto YearToDate, FiguresDto LastYearSamePeriod);

    private sealed record PersonDto(int Id, string Name);

    private sealed record CompanyDto(string Slug, string Name);

    private sealed record MeDto(string Email, string Role, PersonDto? Person, CompanyDto Company);
}
