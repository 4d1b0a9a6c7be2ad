using System.Net;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Activities;

/// <summary>
/// The access rule through the pages: activities, deals and the result model are rendered on the server first, so the
/// HTML a signed-in user gets shows their own data and never anyone else's.
/// </summary>
public sealed class SalesWorkPageTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_Salesperson_SeesOwnOnly_ManagerTheirUnits(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var seller2 = await app.ApiClientAsync(AlfaSeller2, Password);
        var meeting = await ActivityApiTests.TypeIdAsync(seller1, "meeting");
        await seller1.PostJsonAsync("/api/v1/activities", ActivityApiTests.Input(meeting, org.Seller1CustomerId, Today) with { OutcomeNote = "Siris notat" },
            HttpStatusCode.Created);
        await seller2.PostJsonAsync("/api/v1/activities", ActivityApiTests.Input(meeting, org.Seller2CustomerId, Today) with { OutcomeNote = "Sanders notat" },
            HttpStatusCode.Created);
        await seller1.PostJsonAsync("/api/v1/deals", new { customerId = org.Seller1CustomerId, title = "Siris tilbud", value = 1000m }, HttpStatusCode.Created);
        await seller2.PostJsonAsync("/api/v1/deals", new { customerId = org.Seller2CustomerId, title = "Sanders tilbud", value = 2000m }, HttpStatusCode.Created);

        var siri = await PagesAsync(app, AlfaSeller1);
        var manager = await PagesAsync(app, AlfaManagerNorth);
        var director = await PagesAsync(app, AlfaDirector);
        var beta = await PagesAsync(app, BetaDirector);

        Assert.Contains("Siris notat", siri.Activities, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanders notat", siri.Activities, StringComparison.Ordinal);
        Assert.Contains("Siris tilbud", siri.Deals, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanders tilbud", siri.Deals, StringComparison.Ordinal);
        Assert.Contains("Siri Selger", siri.ResultModel, StringComparison.Ordinal);
        Assert.DoesNotContain("Sander Sør", siri.ResultModel, StringComparison.Ordinal);
        Assert.Contains("Siris tilbud", manager.Deals, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanders tilbud", manager.Deals, StringComparison.Ordinal);
        Assert.DoesNotContain("Sander Sør", manager.ResultModel, StringComparison.Ordinal);
        Assert.Contains("Sanders tilbud", director.Deals, StringComparison.Ordinal);
        Assert.Contains("Sander Sør", director.ResultModel, StringComparison.Ordinal);
        Assert.DoesNotContain("Siris tilbud", beta.Deals, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanders tilbud", beta.Deals, StringComparison.Ordinal);
        Assert.DoesNotContain("Siri", beta.ResultModel, StringComparison.Ordinal);

        // Another person's page behind the team page is not found, not shown.
        var browser = await UiClient.SignInAsync(app, AlfaSeller2, Password);
        var other = WebUtility.HtmlDecode(await browser.GetStringAsync($"/result-model/{org.Seller1PersonId}", Ct));
        Assert.DoesNotContain("Siri Selger", other, StringComparison.Ordinal);
    }

    private static async Task<(string Activities, string Deals, string ResultModel)> PagesAsync(SalgskraftApp app, string email)
    {
        var browser = await UiClient.SignInAsync(app, email, Password);
        async Task<string> Get(string path) => WebUtility.HtmlDecode(await browser.GetStringAsync(path, Ct));
        return (await Get("/activities"), await Get("/deals"), await Get("/result-model?period=2026"));
    }
}
