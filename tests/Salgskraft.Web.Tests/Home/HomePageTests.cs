using System.Globalization;
using System.Net;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Home;

/// <summary>
/// The access rule through the UI: the home page is rendered on the server first, so its HTML shows the
/// figures a signed-in user gets — and must never hold anyone else's.
/// </summary>
public sealed class HomePageTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Home_Salesperson_SeesOwnFiguresOnly(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);

        var seller1 = await PageAsync(app, AlfaSeller1);
        var seller2 = await PageAsync(app, AlfaSeller2);
        var director = await PageAsync(app, AlfaDirector);
        var beta = await PageAsync(app, BetaDirector);

        Assert.Contains(Money(Seller1Revenue, "NOK"), seller1, StringComparison.Ordinal);
        Assert.DoesNotContain(Money(Seller2Revenue, "NOK"), seller1, StringComparison.Ordinal);
        Assert.Contains(Money(Seller2Revenue, "NOK"), seller2, StringComparison.Ordinal);
        Assert.Contains(Money(Seller1Revenue + Seller2Revenue, "NOK"), director, StringComparison.Ordinal);
        Assert.Contains(Money(BetaRevenue, "DKK"), beta, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfa", beta, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Home_WithoutSignIn_RedirectsToLogin(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);

        var response = await UiClient.Create(app).GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Home_InEnglish_UsesEnglishTextAndNumbers()
    {
        await using var app = await SalgskraftApp.StartAsync("Sqlite");
        await SeedAsync(app);
        var browser = await UiClient.SignInAsync(app, AlfaSeller1, Password);

        var switched = await browser.GetAsync("/account/culture?culture=en&returnUrl=%2F", Ct);
        var html = WebUtilityDecode(await browser.GetStringAsync("/", Ct));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Revenue, year to date", html, StringComparison.Ordinal);
        Assert.Contains(Seller1Revenue.ToString("N0", CultureInfo.GetCultureInfo("en")) + " NOK", html, StringComparison.Ordinal);
    }

    private static string Money(decimal amount, string currency) => amount.ToString("N0", Norwegian) + " " + currency;

    private static async Task<string> PageAsync(SalgskraftApp app, string email)
    {
        var browser = await UiClient.SignInAsync(app, email, Password);
        return WebUtilityDecode(await browser.GetStringAsync("/", Ct));
    }

    private static string WebUtilityDecode(string html) => WebUtility.HtmlDecode(html);
}
