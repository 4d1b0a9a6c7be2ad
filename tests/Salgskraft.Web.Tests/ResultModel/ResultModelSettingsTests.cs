using System.Net;
using Salgskraft.Testing;
using Salgskraft.Web.Tests.Activities;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.ResultModel;

/// <summary>
/// Who may change what the result model is measured against, through the API the forms use (the same Core calls) and
/// through the pages: the company settings and activity costs are the director's or the administrator's; a person's
/// plan and weekly goals their manager's, never their own; a development customer is named by a manager of its unit.
/// </summary>
public sealed class ResultModelSettingsTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Settings_OnlyDirectorOrAdministratorChangeThem_PerCompany(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        var admin = await app.ApiClientAsync(AlfaAdmin, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var beta = await app.ApiClientAsync(BetaDirector, Password);
        var notMember = await app.ApiClientAsync(AlfaDirector, Password, company: BetaSlug);
        var settings = new { plannedShare = 0.6m, closingRateGoal = 0.7m, meetingToQuoteGoal = 0.4m, workingMinutesPerDay = 420, stuckDealDays = 21 };

        await director.PutJsonAsync("/api/v1/result-model/settings", settings);
        await admin.PutJsonAsync("/api/v1/result-model/settings", settings with { stuckDealDays = 14 });
        await manager.PutJsonAsync("/api/v1/result-model/settings", settings, HttpStatusCode.Forbidden);
        await seller1.PutJsonAsync("/api/v1/result-model/settings", settings, HttpStatusCode.Forbidden);
        await notMember.PutJsonAsync("/api/v1/result-model/settings", settings, HttpStatusCode.Forbidden);
        var invalid = await director.PutJsonAsync("/api/v1/result-model/settings", settings with { plannedShare = 1.5m, workingMinutesPerDay = 0 },
            HttpStatusCode.BadRequest);

        Assert.Equal(["plannedShare", "workingMinutesPerDay"], invalid["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        var seen = await seller1.GetJsonAsync("/api/v1/result-model/settings");
        Assert.Equal((0.6m, 420, 14), (seen.Decimal("plannedShare")!.Value, seen.Int("workingMinutesPerDay"), seen.Int("stuckDealDays")));
        Assert.Equal(0.70m, (await beta.GetJsonAsync("/api/v1/result-model/settings")).Decimal("plannedShare"));

        var meeting = await ActivityApiTests.TypeIdAsync(director, "meeting");
        var cost = new { name = "Kundemøte", isCustomerFacing = true, costPerActivity = 350m };
        await director.PutJsonAsync($"/api/v1/activities/types/{meeting}", cost);
        await manager.PutJsonAsync($"/api/v1/activities/types/{meeting}", cost, HttpStatusCode.Forbidden);
        await beta.PutJsonAsync($"/api/v1/activities/types/{meeting}", cost, HttpStatusCode.NotFound);
        var costError = await director.PutJsonAsync($"/api/v1/activities/types/{meeting}", cost with { costPerActivity = -1m }, HttpStatusCode.BadRequest);
        Assert.True(costError["errors"]!.AsObject().ContainsKey("costPerActivity"));
        var types = (await seller1.GetJsonAsync("/api/v1/activities/types")).AsArray();
        Assert.Equal(350m, types.Single(t => t!.Int("id") == meeting)!.Decimal("costPerActivity"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GoalsAndPlan_TheirManagerSetsThem_NotTheyThemselves(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var beta = await app.ApiClientAsync(BetaDirector, Password);
        var notMember = await app.ApiClientAsync(AlfaDirector, Password, company: BetaSlug);
        var seller2 = await ActivityApiTests.PersonIdAsync(app, "P-S2");
        var managerSelf = await ActivityApiTests.PersonIdAsync(app, "P-MGR");
        var meeting = await ActivityApiTests.TypeIdAsync(manager, "meeting");
        var goals = new[] { new { activityTypeId = meeting, weeklyTarget = 6m, weight = 2m, qualifiedOnly = true } };
        object Plan(int personId) => new { personId, yearlyResultGoal = 50_000m, plannedShare = 0.8m };

        await manager.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}", goals);
        await manager.PutJsonAsync($"/api/v1/result-model/plans/{org.Seller1PersonId}", Plan(org.Seller1PersonId));
        await seller1.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}", goals, HttpStatusCode.Forbidden);
        await seller1.PutJsonAsync($"/api/v1/result-model/plans/{org.Seller1PersonId}", Plan(org.Seller1PersonId), HttpStatusCode.Forbidden);
        await manager.PutJsonAsync($"/api/v1/activities/goals/{managerSelf}", goals, HttpStatusCode.Forbidden);
        await manager.PutJsonAsync($"/api/v1/result-model/plans/{managerSelf}", Plan(managerSelf), HttpStatusCode.Forbidden);
        await manager.PutJsonAsync($"/api/v1/activities/goals/{seller2}", goals, HttpStatusCode.NotFound);
        await manager.PutJsonAsync($"/api/v1/result-model/plans/{seller2}", Plan(seller2), HttpStatusCode.NotFound);
        await beta.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}", goals, HttpStatusCode.NotFound);
        await notMember.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}", goals, HttpStatusCode.Forbidden);
        var invalid = await manager.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}",
            new[] { new { activityTypeId = meeting, weeklyTarget = -1m, weight = 1m, qualifiedOnly = false } }, HttpStatusCode.BadRequest);

        Assert.True(invalid["errors"]!.AsObject().ContainsKey("goals[0].weeklyTarget"));
        var saved = Assert.Single((await seller1.GetJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}")).AsArray())!;
        Assert.Equal((6m, 2m, true), (saved.Decimal("weeklyTarget")!.Value, saved.Decimal("weight")!.Value, saved["qualifiedOnly"]!.GetValue<bool>()));
        var plan = await seller1.GetJsonAsync($"/api/v1/result-model/plans/{org.Seller1PersonId}");
        Assert.Equal((50_000m, 0.8m), (plan.Decimal("yearlyResultGoal")!.Value, plan.Decimal("plannedShare")!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DevelopmentCustomer_ManagerOfItsUnitNamesIt(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var beta = await app.ApiClientAsync(BetaDirector, Password);
        var notMember = await app.ApiClientAsync(AlfaDirector, Password, company: BetaSlug);
        var named = new { isDevelopmentCustomer = true };

        var response = await manager.PutJsonAsync($"/api/v1/customers/{org.Seller1CustomerId}/development-customer", named);
        await seller1.PutJsonAsync($"/api/v1/customers/{org.Seller1CustomerId}/development-customer", named, HttpStatusCode.Forbidden);
        await manager.PutJsonAsync($"/api/v1/customers/{org.Seller2CustomerId}/development-customer", named, HttpStatusCode.NotFound);
        await beta.PutJsonAsync($"/api/v1/customers/{org.Seller1CustomerId}/development-customer", named, HttpStatusCode.NotFound);
        await notMember.PutJsonAsync($"/api/v1/customers/{org.BetaCustomerId}/development-customer", named, HttpStatusCode.Forbidden);

        Assert.True(response["isDevelopmentCustomer"]!.GetValue<bool>());
        Assert.True((await seller1.GetJsonAsync($"/api/v1/customers/{org.Seller1CustomerId}"))["isDevelopmentCustomer"]!.GetValue<bool>());
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        Assert.False((await director.GetJsonAsync($"/api/v1/customers/{org.Seller2CustomerId}"))["isDevelopmentCustomer"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_ShowTheFormsOnlyToWhoMayUseThem(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var deal = await seller1.PostJsonAsync("/api/v1/deals", new { customerId = org.Seller1CustomerId, title = "Siris rammeavtale", value = 1000m },
            HttpStatusCode.Created);
        var dealId = deal.Int("id");
        await seller1.PostJsonAsync($"/api/v1/deals/{dealId}/move", new { stageId = (await seller1.GetJsonAsync("/api/v1/deals/stages")).AsArray()[2]!.Int("id") });

        async Task<string> Page(string email, string path)
        {
            var browser = await UiClient.SignInAsync(app, email, Password);
            return WebUtility.HtmlDecode(await browser.GetStringAsync(path, Ct));
        }

        Assert.Contains("Selskapets innstillinger", await Page(AlfaDirector, "/result-model?period=2026"), StringComparison.Ordinal);
        Assert.DoesNotContain("Selskapets innstillinger", await Page(AlfaManagerNorth, "/result-model?period=2026"), StringComparison.Ordinal);
        Assert.DoesNotContain("Selskapets innstillinger", await Page(AlfaSeller1, "/result-model?period=2026"), StringComparison.Ordinal);

        var person = $"/result-model/{org.Seller1PersonId}?period=2026";
        var managerView = await Page(AlfaManagerNorth, person);
        Assert.Contains("Lagre planen", managerView, StringComparison.Ordinal);
        Assert.Contains("Kundemøte per uke", managerView, StringComparison.Ordinal);
        Assert.Contains("Lagre aktivitetsmålene", await Page(AlfaDirector, person), StringComparison.Ordinal);
        var ownView = await Page(AlfaSeller1, person);
        Assert.Contains("Siri Selger", ownView, StringComparison.Ordinal);
        Assert.DoesNotContain("Lagre planen", ownView, StringComparison.Ordinal);

        // The deal page: its history from → to with who moved it; nobody else's deal, not another company's.
        var dealPage = await Page(AlfaSeller1, $"/deals/{dealId}");
        Assert.Contains("Siris rammeavtale", dealPage, StringComparison.Ordinal);
        Assert.Matches("Lead</td>\\s*<td>Møte</td>\\s*<td>Siri Selger", dealPage);
        Assert.Contains("Siris rammeavtale", await Page(AlfaManagerNorth, $"/deals/{dealId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Siris rammeavtale", await Page(AlfaSeller2, $"/deals/{dealId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Siris rammeavtale", await Page(BetaDirector, $"/deals/{dealId}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/deals/{dealId}\"", await Page(AlfaSeller1, "/deals"), StringComparison.Ordinal);

        var customer = $"/customer-platform/customers/{org.Seller1CustomerId}";
        Assert.Contains("Utviklingskunde", await Page(AlfaManagerNorth, customer), StringComparison.Ordinal);
        Assert.DoesNotContain("Utviklingskunde", await Page(AlfaSeller1, customer), StringComparison.Ordinal);
    }
}
