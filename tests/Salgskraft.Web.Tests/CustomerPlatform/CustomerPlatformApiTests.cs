using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Salgskraft.Core.Customers;
using Salgskraft.Testing;
using Salgskraft.Web.Features.CustomerPlatform;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.CustomerPlatform;

/// <summary>The customer platform API on both databases: the worked example through every view, scopes and guessed ids.</summary>
public sealed class CustomerPlatformApiTests
{
    private const string Base = "/api/v1/customer-platform";
    private const string Year = "period=2024";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Views_DirectorOnTheWorkedExample_GiveTheSlideAndItsMovement(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        var example = await app.WithServicesAsync(PlatformExample.SeedAsync);
        var client = await app.ApiClientAsync(AlfaDirector, Password);

        var platform = (await client.GetFromJsonAsync<PlatformReport>($"{Base}?{Year}", ct))!;
        Assert.Equal("2024", platform.Period);
        Assert.Equal(56_800_000m, platform.Total.Revenue);
        Assert.Equal(["Key", "Star", "QuestionMark", "PhaseOut"], platform.Groups.Select(g => g.Group));
        Assert.Equal([1, 2, 6, 1], platform.Groups.Select(g => g.Count));
        Assert.Equal("W10", Assert.Single(platform.Customers, c => c.Group == "PhaseOut").CustomerId);
        Assert.Contains(platform.NoRevenue, c => c.CustomerId == "W11");
        Assert.DoesNotContain(platform.Customers, c => c.CustomerId == "W11");

        var whatIf = (await client.GetFromJsonAsync<PlatformReport>($"{Base}?{Year}&revenueShare=0.5&marginThreshold=0.2&contributionFloor=20000", ct))!;
        Assert.Equal(["W01", "W02"], whatIf.Customers.Where(c => c.Group is "Key" or "Star").Select(c => c.CustomerId));
        Assert.Equal(0.2m, whatIf.Thresholds.MarginThreshold);
        var overall = (await client.GetFromJsonAsync<PlatformReport>($"{Base}?{Year}&overallMargin=true", ct))!;
        Assert.True(overall.Thresholds.MarginThresholdIsOverall);
        var both = await client.GetAsync($"{Base}?{Year}&marginThreshold=0.2&overallMargin=true", ct);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);

        var groups = (await client.GetFromJsonAsync<List<PlatformReportGroup>>($"{Base}/groups?{Year}", ct))!;
        Assert.Equal(platform.Groups.Append(platform.Total), groups);

        // 2023: the eight customers that bought then bought 10 000 each at 50 %: all high revenue and all Key.
        var movement = (await client.GetFromJsonAsync<MovementResponse>($"{Base}/movement?{Year}", ct))!;
        int Count(string from, string to) => movement.Cells.Single(c => c.From == from && c.To == to).Count;
        Assert.Equal((1, 2, 5, 1, 1), (Count("Key", "Key"), Count("Key", "Star"), Count("Key", "QuestionMark"), Count("NotPlaced", "QuestionMark"),
            Count("NotPlaced", "PhaseOut")));
        Assert.Equal(4, Count("NotPlaced", "NotPlaced"));
        Assert.Equal(platform.Customers.Count + platform.NoRevenue.Count, movement.Cells.Sum(c => c.Count));

        var cell = movement.Cells.Single(c => c.From == "Key" && c.To == "Star");
        var behind = (await client.GetFromJsonAsync<CustomerListResponse>($"{Base}/customers?{Year}&selection={cell.Selection}", ct))!;
        Assert.Equal(["W02", "W03"], behind.Customers.Select(c => c.CustomerId));
        Assert.Equal(28_200_000m, behind.Revenue);
        var paged = (await client.GetFromJsonAsync<CustomerListResponse>($"{Base}/customers?{Year}&selection=group:QuestionMark&page=2&pageSize=4", ct))!;
        Assert.Equal(6, paged.Total);
        Assert.Equal(["W08", "W09"], paged.Customers.Select(c => c.CustomerId));

        var settings = (await client.GetFromJsonAsync<PlatformSettingsValue>($"{Base}/settings", ct))!;
        var put = await client.PutAsJsonAsync($"{Base}/settings",
            settings with { Targets = [new(Domain.Customers.PlatformGroup.Key, 0.5m, 0.25m)] }, ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var target = (await client.GetFromJsonAsync<List<TargetResponse>>($"{Base}/target?{Year}", ct))!;
        var key = target.Single(t => t.Group == "Key");
        Assert.Equal((0.5m, 22.5m / 56.8m - 0.5m, 0.22m - 0.25m), (key.GoalShareOfRevenue!.Value, key.ShareGap!.Value, key.MarginGap!.Value));

        var loss = (await client.GetFromJsonAsync<LossResponse>($"{Base}/loss?period=2025", ct))!;
        Assert.Equal(10, loss.Count); // all ten slide customers bought in 2024 and nothing in 2025
        var stages = (await client.GetFromJsonAsync<StagesResponse>($"{Base}/stages?{Year}", ct))!;
        Assert.Equal(platform.Customers.Count + platform.NoRevenue.Count, stages.Stages.Sum(s => s.Count));
        var ansoff = (await client.GetFromJsonAsync<AnsoffResponse>($"{Base}/ansoff?{Year}", ct))!;
        Assert.Equal(56_800_000m, ansoff.Revenue);
        Assert.Equal(600_000m, ansoff.Cells.Single(c => c.Quadrant == "ExistingProductsNewCustomers").Revenue); // W08 and W10
        var potential = (await client.GetFromJsonAsync<PotentialResponse>($"{Base}/potential?{Year}", ct))!;
        Assert.Equal(platform.Customers.Count + platform.NoRevenue.Count, potential.Cells.Sum(c => c.Count));

        var page = (await client.GetFromJsonAsync<CustomerPageResponse>($"{Base}/customers/{example.CustomerIds["W02"]}", ct))!;
        Assert.Equal([2023, 2024], page.Years.Select(y => y.Year));
        Assert.Equal(("Key", "Star", 15_600_000m), (page.Years[0].Position, page.Years[1].Position, page.Years[1].Revenue));

        var export = await client.GetAsync($"{Base}/export?{Year}", ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(await export.Content.ReadAsStreamAsync(ct), false);
        Assert.Equal(10, workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scopes_OutsideTheCallersScope_Are404AndOtherCompany403(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SalgskraftApp.StartAsync(provider);
        var example = await app.WithServicesAsync(PlatformExample.SeedAsync);
        var org = example.Organization;
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var director = await app.ApiClientAsync(AlfaDirector, Password);

        var own = (await seller.GetFromJsonAsync<PlatformReport>($"{Base}?{Year}", ct))!;
        Assert.Equal(22_500_000m + 12_600_000m + 1_500_000m + 700_000m + 300_000m + PlatformExample.W02BySeller1, own.Total.Revenue);
        var north = (await manager.GetFromJsonAsync<PlatformReport>($"{Base}?{Year}", ct))!;
        Assert.Equal(own.Customers, north.Customers);

        foreach (var (client, url) in new[]
        {
            (seller, $"{Base}?{Year}&personId={example.Seller2PersonId}"),
            (seller, $"{Base}/customers/{example.CustomerIds["W04"]}"),
            (seller, $"{Base}/customers/{org.BetaCustomerId}"),
            (manager, $"{Base}/movement?{Year}&unitId={org.SouthUnitId}"),
            (director, $"{Base}/customers/{org.BetaCustomerId}"),
            (director, $"{Base}/customers/999999"),
            (director, $"{Base}/export?{Year}&personId=999999"),
        })
        {
            var response = await client.GetAsync(url, ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} gave {response.StatusCode}");
        }

        // A seller sees a colleague's customer they sold to, with their own figures only.
        var w02 = (await seller.GetFromJsonAsync<CustomerPageResponse>($"{Base}/customers/{example.CustomerIds["W02"]}", ct))!;
        Assert.Equal(PlatformExample.W02BySeller1, w02.Years.Single().Revenue);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync($"{Base}/settings",
            await manager.GetFromJsonAsync<PlatformSettingsValue>($"{Base}/settings", ct), ct)).StatusCode);
        var other = new HttpRequestMessage(HttpMethod.Get, $"{Base}?{Year}");
        other.Headers.Add("X-Company", BetaSlug);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.SendAsync(other, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await director.GetAsync($"{Base}?period=2024-W05", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await director.GetAsync($"{Base}?period=tomorrow", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await director.GetAsync($"{Base}/customers?{Year}&selection=group:Nothing", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"{Base}?{Year}", ct)).StatusCode);
    }
}
