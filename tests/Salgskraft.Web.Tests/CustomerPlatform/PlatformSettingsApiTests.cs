using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Salgskraft.Core.Customers;
using Salgskraft.Testing;
using Salgskraft.Web.Features.CustomerPlatform;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.CustomerPlatform;

/// <summary>The platform's potential and stage thresholds and the imported direct sales cost through the API, on both databases.</summary>
public sealed class PlatformSettingsApiTests
{
    private const string Base = "/api/v1/customer-platform";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Settings_PotentialAndStageThresholds_SavedValidatedAndOnlyByTheDirector(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await app.WithServicesAsync(PlatformExample.SeedAsync);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);

        using (var defaults = JsonDocument.Parse(await director.GetStringAsync($"{Base}/settings", ct)))
        {
            var root = defaults.RootElement;
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, 4, 8, 0.5m), (root.GetProperty("potentialMediumFrom").ValueKind,
                root.GetProperty("potentialHighFrom").ValueKind, root.GetProperty("regularFromMonths").GetInt32(),
                root.GetProperty("partnerFromMonths").GetInt32(), root.GetProperty("partnerShareOfWallet").GetDecimal()));
        }

        var settings = (await director.GetFromJsonAsync<PlatformSettingsValue>($"{Base}/settings", ct))!;
        var bad = await director.PutAsJsonAsync($"{Base}/settings", settings with { PotentialMediumFrom = 9m, PotentialHighFrom = 1m, RegularFromMonths = 0 }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using (var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(ct)))
        {
            Assert.Equal(["PotentialHighFrom", "RegularFromMonths"],
                problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        }

        var changed = settings with { PotentialMediumFrom = 1_000m, PotentialHighFrom = 2_000m, RegularFromMonths = 2, PartnerFromMonths = 10 };
        Assert.Equal(HttpStatusCode.Forbidden, (await seller.PutAsJsonAsync($"{Base}/settings", changed, ct)).StatusCode);
        var put = await director.PutAsJsonAsync($"{Base}/settings", changed, ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = (await director.GetFromJsonAsync<PlatformSettingsValue>($"{Base}/settings", ct))!;
        Assert.Equal((1_000m, 2_000m, 2, 10, 0.5m),
            (saved.PotentialMediumFrom!.Value, saved.PotentialHighFrom!.Value, saved.RegularFromMonths, saved.PartnerFromMonths, saved.PartnerShareOfWallet));

        // Every W bought in two months of 2024 (W02 in three): regular from two months makes all ten regular.
        var stages = (await director.GetFromJsonAsync<StagesResponse>($"{Base}/stages?period=2024", ct))!;
        Assert.Equal(10, stages.Stages.Single(s => s.Stage == "Regular").Count);

        var other = new HttpRequestMessage(HttpMethod.Get, $"{Base}/settings");
        other.Headers.Add("X-Company", BetaSlug);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.SendAsync(other, ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SalesCostImport_Director_AddsToTheCustomersSalesCostAndASalespersonMayNotImport(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        await app.WithServicesAsync(PlatformExample.SeedAsync);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);
        const string file = "Kundenr;Dato;Beløp;Notat\nW04;15.03.2024;25 000;Messe\n";

        Assert.Equal(HttpStatusCode.Forbidden, (await seller.PostAsync("/api/v1/imports", Form(file), ct)).StatusCode);
        var import = await director.PostAsync("/api/v1/imports", Form(file), ct);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var platform = (await director.GetFromJsonAsync<PlatformReport>($"{Base}?period=2024", ct))!;
        var w04 = platform.Customers.Single(c => c.CustomerId == "W04");
        Assert.Equal(PlatformExample.MeetingsWithW04 * PlatformExample.MeetingCost + 25_000m, w04.SalesCost);
        // The seller sees neither the meetings nor the cost of seller 2's customer.
        var own = (await seller.GetFromJsonAsync<PlatformReport>($"{Base}?period=2024", ct))!;
        Assert.DoesNotContain(own.Customers, c => c.CustomerId == "W04");
    }

    private static MultipartFormDataContent Form(string csv) => new()
    {
        { new StringContent("sales-costs"), "kind" },
        { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "kostnader.csv" },
    };
}
