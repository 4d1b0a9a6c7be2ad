using System.Net;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.CustomerPlatform;

/// <summary>The platform page rendered on the server: what-if controls for all, saving and settings only for the director.</summary>
public sealed class CustomerPlatformPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Page_WhatIfForEveryoneSettingsOnlyForTheDirector(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await app.WithServicesAsync(PlatformExample.SeedAsync);

        async Task<string> Page(string email) =>
            WebUtility.HtmlDecode(await (await UiClient.SignInAsync(app, email, Password)).GetStringAsync("/customer-platform", ct));

        var director = await Page(AlfaDirector);
        var seller = await Page(AlfaSeller1);
        Assert.Contains("Hva om …? Prøv andre terskler", director, StringComparison.Ordinal);
        Assert.Contains("Hva om …? Prøv andre terskler", seller, StringComparison.Ordinal);
        // The settings form, with the stage thresholds, is the director's alone.
        Assert.Contains("Fast kunde fra antall måneder med kjøp", director, StringComparison.Ordinal);
        Assert.DoesNotContain("Fast kunde fra antall måneder med kjøp", seller, StringComparison.Ordinal);
    }
}
