using System.Net;
using Salgskraft.Testing;
using Salgskraft.Web.Tests.Activities;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Deals;

/// <summary>Deals through the API on both databases: stages and history, closing, pipeline figures, stuck deals, access.</summary>
public sealed class DealApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MoveAndClose_RecordsHistoryAndPipelineFigures(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var stages = await StagesAsync(seller1);

        // Default stages: Lead 10 %, Kvalifisert 25 %, Møte 40 %, Tilbud 60 %, Forhandling 80 %.
        var a = await CreateAsync(seller1, org.Seller1CustomerId, "Årsoppgjør", 100_000m);
        var b = await CreateAsync(seller1, org.Seller1CustomerId, "Lønn", 50_000m, stages["Tilbud"]);
        var c = await CreateAsync(seller1, org.Seller1CustomerId, "Rådgivning", 20_000m, stages["Møte"]);
        await seller1.PostJsonAsync($"/api/v1/deals/{a}/move", new { stageId = stages["Forhandling"] });
        await seller1.PostJsonAsync($"/api/v1/deals/{a}/move", new { stageId = stages["Tilbud"] });
        var open = await seller1.GetJsonAsync("/api/v1/deals/pipeline?period=2026");

        Assert.Equal(170_000m, open.Decimal("pipelineValue"));
        Assert.Equal((100_000m * 0.6m) + (50_000m * 0.6m) + (20_000m * 0.4m), open.Decimal("weightedPipelineValue"));
        Assert.Null(open.Decimal("closingRate"));

        var won = await seller1.PostJsonAsync($"/api/v1/deals/{a}/close", new { won = true });
        await seller1.PostJsonAsync($"/api/v1/deals/{b}/close", new { won = false }, HttpStatusCode.BadRequest);
        await seller1.PostJsonAsync($"/api/v1/deals/{b}/close", new { won = false, lostReason = "Pris" });
        await seller1.PostJsonAsync($"/api/v1/deals/{c}/close", new { won = false, lostReason = "Valgte en annen" });
        await seller1.PostJsonAsync($"/api/v1/deals/{a}/move", new { stageId = stages["Lead"] }, HttpStatusCode.BadRequest);
        var summary = await seller1.GetJsonAsync("/api/v1/deals/pipeline?period=2026-06");
        var history = (await seller1.GetJsonAsync($"/api/v1/deals/{a}/history")).AsArray();

        Assert.Equal("Won", won.Text("status"));
        Assert.Equal("2026-06-30", won.Text("closedOn"));
        Assert.Equal(0m, summary.Decimal("pipelineValue"));
        Assert.Equal(1, summary.Int("won"));
        Assert.Equal(2, summary.Int("lost"));
        // Closing rate on quotes: a (moved back from negotiation, still a quote) won, b lost → 1 / 2; c never reached a quote.
        Assert.Equal(0.5m, summary.Decimal("closingRate"));
        Assert.Equal(2m / 3m, summary.Decimal("meetingToQuote"));
        Assert.Equal(1m / 3m, summary.Decimal("meetingToWon"));
        Assert.Equal(["Lead", "Forhandling", "Tilbud"], history.Select(h => h!.Text("toStageName")!));
        Assert.Equal([null, "Lead", "Forhandling"], history.Select(h => h!.Text("fromStageName")));
        Assert.Equal("Siri Selger", history[0]!.Text("changedBy"));
        // The period edge: closed 30 June counts in June and in 2026, not in July.
        var quarter = await seller1.GetJsonAsync("/api/v1/deals/pipeline?period=2026-Q2");
        Assert.Equal((1, 2), (quarter.Int("won"), quarter.Int("lost")));
        Assert.Equal(0, (await seller1.GetJsonAsync("/api/v1/deals/pipeline?period=2026-07")).Int("won"));
        Assert.Equal(HttpStatusCode.BadRequest, (await seller1.GetAsync("/api/v1/deals/pipeline?period=2026-13", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Stuck_FromExactlyNDays_ResetByActivityOrMove(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var stages = await StagesAsync(seller1);
        var a = await CreateAsync(seller1, org.Seller1CustomerId, "A", 1000m);
        var b = await CreateAsync(seller1, org.Seller1CustomerId, "B", 2000m);

        // Tokens expire on the moved clock, so sign in again after each move.
        app.Clock.Advance(TimeSpan.FromDays(29));
        seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        Assert.Empty((await seller1.GetJsonAsync("/api/v1/deals/stuck")).AsArray());

        app.Clock.Advance(TimeSpan.FromDays(1));
        seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var stuck = (await seller1.GetJsonAsync("/api/v1/deals/stuck")).AsArray();
        Assert.Equal([a, b], stuck.Select(d => d!.Int("id")).Order());
        Assert.All(stuck, d => Assert.Equal(30, d!.Int("daysWithoutProgress")));
        Assert.Equal(2, (await seller1.GetJsonAsync("/api/v1/deals/pipeline")).Int("stuckDeals"));

        // An activity on a deal and a stage change are both progress.
        var meeting = await ActivityApiTests.TypeIdAsync(seller1, "meeting");
        await seller1.PostJsonAsync("/api/v1/activities",
            ActivityApiTests.Input(meeting, null, Today.AddDays(30)) with { DealId = a }, HttpStatusCode.Created);
        await seller1.PostJsonAsync($"/api/v1/deals/{b}/move", new { stageId = stages["Møte"] });
        Assert.Empty((await seller1.GetJsonAsync("/api/v1/deals/stuck")).AsArray());

        // The company can set N.
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        await director.PutJsonAsync("/api/v1/result-model/settings",
            new { plannedShare = 0.7m, closingRateGoal = 0.75m, meetingToQuoteGoal = 0.5m, workingMinutesPerDay = 450, stuckDealDays = 5 });
        app.Clock.Advance(TimeSpan.FromDays(5));
        seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        Assert.Equal(2, (await seller1.GetJsonAsync("/api/v1/deals/stuck")).AsArray().Count);
        Assert.True((await seller1.GetJsonAsync($"/api/v1/deals/{a}"))["isStuck"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Deals_VisibilityRule_OwnUnitsCompany(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var seller2 = await app.ApiClientAsync(AlfaSeller2, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        var beta = await app.ApiClientAsync(BetaDirector, Password);

        var own = await CreateAsync(seller1, org.Seller1CustomerId, "Eget", 10m);
        var other = await CreateAsync(seller2, org.Seller2CustomerId, "Annet", 20m);
        await seller1.PostJsonAsync("/api/v1/deals", Body(org.Seller2CustomerId, "Fremmed kunde", 1m), HttpStatusCode.NotFound);
        await manager.PostJsonAsync("/api/v1/deals", Body(org.Seller1CustomerId, "For Siri", 1m) with { PersonId = org.Seller1PersonId }, HttpStatusCode.Created);

        Assert.Equal(["Eget", "For Siri"], (await seller1.GetJsonAsync("/api/v1/deals")).AsArray().Select(d => d!.Text("title")!).Order(StringComparer.Ordinal));
        Assert.Equal(2, (await manager.GetJsonAsync("/api/v1/deals")).AsArray().Count);
        Assert.Equal(3, (await director.GetJsonAsync("/api/v1/deals")).AsArray().Count);
        Assert.Empty((await beta.GetJsonAsync("/api/v1/deals")).AsArray());
        foreach (var path in new[] { $"/api/v1/deals/{other}", $"/api/v1/deals/{other}/history" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await seller1.GetAsync(path, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(path, Ct)).StatusCode);
        }

        await seller1.PostJsonAsync($"/api/v1/deals/{other}/close", new { won = true }, HttpStatusCode.NotFound);
        await manager.PostJsonAsync($"/api/v1/deals/{other}/move", new { stageId = 1 }, HttpStatusCode.NotFound);
        for (var guess = 0; guess <= other + 3; guess++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/v1/deals/{guess}", Ct)).StatusCode);
        }

        Assert.Equal(own, (await seller1.GetJsonAsync($"/api/v1/deals/{own}")).Int("id"));
        Assert.Equal(10m + 20m + 1m, (await director.GetJsonAsync("/api/v1/deals/pipeline")).Decimal("pipelineValue"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Create_InvalidInput_GivesFieldKeyedErrors(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);

        var problem = await seller1.PostJsonAsync("/api/v1/deals", Body(org.Seller1CustomerId, " ", -1m) with { StageId = 999_999 }, HttpStatusCode.BadRequest);

        Assert.Equal(["stageId", "title", "value"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    private static async Task<Dictionary<string, int>> StagesAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/v1/deals/stages")).AsArray().ToDictionary(s => s!.Text("name")!, s => s!.Int("id"));

    private static async Task<int> CreateAsync(HttpClient client, int customerId, string title, decimal value, int? stageId = null) =>
        (await client.PostJsonAsync("/api/v1/deals", Body(customerId, title, value) with { StageId = stageId }, HttpStatusCode.Created)).Int("id");

    private static DealBody Body(int customerId, string title, decimal value) => new(null, customerId, title, value, null);

    private sealed record DealBody(int? PersonId, int CustomerId, string Title, decimal Value, int? StageId);
}
