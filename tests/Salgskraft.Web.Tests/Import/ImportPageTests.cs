using System.Net;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Import;

/// <summary>The import wizard, rendered on the server first, with the API's rule: administrators and directors only.</summary>
public sealed class ImportPageTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportPage_AdminAndDirector_SeeTheWizardAndTheLink(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);

        foreach (var email in new[] { AlfaDirector, AlfaAdmin })
        {
            var client = await UiClient.SignInAsync(app, email, Password);
            var response = await client.GetAsync("/import", ct);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("1. Type fil og opplasting", page, StringComparison.Ordinal);
            Assert.Contains("Importhistorikk", page, StringComparison.Ordinal);
            Assert.Contains("href=\"/import\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("/coming/import", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportPage_ManagerAndSalesperson_403WithoutWizardOrLink(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);

        foreach (var email in new[] { AlfaManagerNorth, AlfaSeller1 })
        {
            var client = await UiClient.SignInAsync(app, email, Password);
            var response = await client.GetAsync("/import", ct);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("Bare administratorer og direktører importerer", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Importhistorikk", page, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/import\"", WebUtility.HtmlDecode(await client.GetStringAsync("/", ct)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ImportPage_SignedOut_RedirectsToLogin()
    {
        await using var app = await SalgskraftApp.StartAsync("Sqlite");

        var response = await UiClient.Create(app).GetAsync("/import", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
