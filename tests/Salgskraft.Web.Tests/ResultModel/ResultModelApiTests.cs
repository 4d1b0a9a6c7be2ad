using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.ResultModel;
using Salgskraft.Testing;
using Salgskraft.Web.Tests.Activities;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.ResultModel;

/// <summary>
/// The result model through the service and the API, figure for figure, on both databases. Siri (seller 1) in March 2026:
/// 22 working days of 450 minutes (9 900), 4.4 working weeks.
/// </summary>
/// <remarks>
/// Prioritised customers: the platform of April 2025 – March 2026 places K2 (3 000, margin 33 %) as Star and K1
/// (1 050.50, margin 42 %) as Key; K3 (500) is Question mark, so not prioritised.
/// Qualify: 33 of 55 customer activities on K1 (a = 0.6); pipeline worked in March 160 000 of 240 000 on K1 (v = ⅔);
/// s = 0.6333…; 100 × s / 0.70 = 90.476… → 90.5.
/// Quantity: goals meetings 5/week (weight 2) and calls 10/week → 22 and 44; 11 meetings (50 %), 44 calls (100 %):
/// A = 100 × (2 × 0.5 + 1) / 3 = 66.67; customer minutes 10 × 90 + 44 × 15 = 1 560 of 9 900 (the digital meeting and
/// "other" do not count): t = 15.76 %, B = 39.39; ¾A + ¼B = 59.848… → 59.8.
/// Quality: closed in March: won quote, lost quote, lost meeting: closing rate ½ → C = 66.67; meeting → quote ⅔ →
/// V = 133.33; quality 100.0. Result 90.476 × 59.848 × 100 / 10 000 = 54.1; weakest factor quantity.
/// </remarks>
public sealed class ResultModelApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Person_March_GivesTheHandCalculatedIndices(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        await SeedMarchAsync(app, org);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);

        var rows = (await seller1.GetJsonAsync("/api/v1/result-model?period=2026-03")).AsArray();
        var row = Assert.Single(rows)!;
        var detail = await seller1.GetJsonAsync($"/api/v1/result-model/people/{org.Seller1PersonId}?period=2026-03");

        Assert.Equal(org.Seller1PersonId, row.Int("personId"));
        Assert.Equal("Siri Selger", row.Text("name"));
        Assert.Equal(90.5m, row.Decimal("qualifyIndex"));
        Assert.Equal(59.8m, row.Decimal("quantityIndex"));
        Assert.Equal(100.0m, row.Decimal("qualityIndex"));
        Assert.Equal(54.1m, row.Decimal("resultIndex"));
        Assert.Equal("Quantity", row.Text("weakestFactor"));
        Assert.Equal(CoachingFocus.MoreActivity, row.Text("coachingFocus"));
        // Actual: Siri's line of 1 March (500); goal: 12 000 a year × 22 of the year's working days, in øre.
        Assert.Equal(500m, row.Decimal("actualResult"));
        var goal = Math.Round(12_000m * 22 / WorkingDays.Count(HolidayCountry.Norway, Period.Year(2026)), 2);
        Assert.Equal(goal, row.Decimal("resultGoal"));
        Assert.Equal(Math.Round(100m * 500m / goal, 1, MidpointRounding.AwayFromZero), row.Decimal("goalAttainment"));

        var qualify = detail["qualify"]!;
        Assert.Equal((55, 33), (qualify.Int("customerActivities"), qualify.Int("prioritisedActivities")));
        Assert.Equal((240_000m, 160_000m), (qualify.Decimal("pipelineValue"), qualify.Decimal("prioritisedPipelineValue")));
        var quantity = detail["quantity"]!;
        Assert.Equal((1560, 9900), (quantity.Int("customerMinutes"), quantity.Int("workingMinutes")));
        Assert.Equal([22m, 44m], quantity["goals"]!.AsArray().Select(g => g!.Decimal("target")!.Value));
        var quality = detail["quality"]!;
        Assert.Equal((3, 2, 1), (quality.Int("meetingsClosed"), quality.Int("quotesClosed"), quality.Int("quotesWon")));
        Assert.Equal(["2025-12", "2026-01", "2026-02", "2026-03"], detail["trend"]!.AsArray().Select(t => t!.Text("period")!));
        Assert.Equal(54.1m, detail["trend"]!.AsArray()[^1]!.Decimal("resultIndex"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Plan_ManagerSetsPlannedShare_QualifyFollows(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        await SeedMarchAsync(app, org);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var plan = new { personId = org.Seller1PersonId, yearlyResultGoal = 12_000m, plannedShare = 0.5m, closingRateGoal = 0.5m, meetingToQuoteGoal = (decimal?)null };

        await manager.PutJsonAsync($"/api/v1/result-model/plans/{org.Seller1PersonId}", plan);
        await seller1.PutJsonAsync($"/api/v1/result-model/plans/{org.Seller1PersonId}", plan, HttpStatusCode.Forbidden);
        var invalid = await manager.PutJsonAsync($"/api/v1/result-model/plans/{org.Seller1PersonId}", plan with { plannedShare = 0m }, HttpStatusCode.BadRequest);
        var row = (await manager.GetJsonAsync("/api/v1/result-model?period=2026-03")).AsArray().Single()!;

        Assert.True(invalid["errors"]!.AsObject().ContainsKey("plannedShare"));
        // s = 0.6333… / 0.5 → 126.7; closing rate ½ against ½ → C = 100, V = 133.3 → quality 116.7.
        Assert.Equal(126.7m, row.Decimal("qualifyIndex"));
        Assert.Equal(116.7m, row.Decimal("qualityIndex"));
        Assert.Equal("Quantity", row.Text("weakestFactor"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DevelopmentCustomer_ItsActivityAndPipelineCountAsPrioritised(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        await SeedMarchAsync(app, org);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var k3 = await app.WithServicesAsync(s => s.GetRequiredService<SalgskraftDbContext>().Customers
            .Where(c => c.ExternalId == "K3" && c.CompanyId == org.AlfaId).Select(c => c.Id).SingleAsync(Ct));

        await manager.PutJsonAsync($"/api/v1/customers/{k3}/development-customer", new { isDevelopmentCustomer = true });
        var detail = await manager.GetJsonAsync($"/api/v1/result-model/people/{org.Seller1PersonId}?period=2026-03");

        // K3, a question mark on the platform, is now prioritised: all 55 activities and all 240 000 of pipeline; s = 1, 100 / 0.70.
        var qualify = detail["qualify"]!;
        Assert.Equal((55, 55), (qualify.Int("customerActivities"), qualify.Int("prioritisedActivities")));
        Assert.Equal(240_000m, qualify.Decimal("prioritisedPipelineValue"));
        Assert.Equal(142.9m, detail["row"]!.Decimal("qualifyIndex"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rows_EachRole_SeesExactlyItsPeople(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        await SeedMarchAsync(app, org);

        async Task<string[]> Names(string email)
        {
            var client = await app.ApiClientAsync(email, Password);
            return (await client.GetJsonAsync("/api/v1/result-model?period=2026-03")).AsArray().Select(r => r!.Text("name")!).ToArray();
        }

        Assert.Equal(["Sander Sør", "Siri Selger"], await Names(AlfaDirector));
        Assert.Equal(["Siri Selger"], await Names(AlfaManagerNorth));
        Assert.Equal(["Siri Selger"], await Names(AlfaSeller1));
        Assert.Equal(["Sander Sør"], await Names(AlfaSeller2));
        Assert.Equal(["Bo Sælger"], await Names(BetaDirector));

        var seller2 = await app.ApiClientAsync(AlfaSeller2, Password);
        var beta = await app.ApiClientAsync(BetaDirector, Password);
        Assert.Equal(HttpStatusCode.NotFound, (await seller2.GetAsync($"/api/v1/result-model/people/{org.Seller1PersonId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/v1/result-model/people/{org.Seller1PersonId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await seller2.GetAsync("/api/v1/result-model?period=March", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Team_WeightsByResultGoal_AndWithoutActivityQuantityIsZero(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        await SeedMarchAsync(app, org);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        var seller2Id = await ActivityApiTests.PersonIdAsync(app, "P-S2");
        await director.PutJsonAsync($"/api/v1/activities/goals/{seller2Id}", new[] { new { activityTypeId = await ActivityApiTests.TypeIdAsync(director, "call"), weeklyTarget = 10m, weight = 1m, qualifiedOnly = false } });
        await director.PutJsonAsync($"/api/v1/result-model/plans/{seller2Id}", new { personId = seller2Id, yearlyResultGoal = 36_000m });

        var team = await director.GetJsonAsync("/api/v1/result-model/team?period=2026-03");
        var sander = team["people"]!.AsArray().Single(p => p!.Text("name") == "Sander Sør")!;

        // Sander did nothing: quantity 0, so his result is 0 whatever is blank; with no pipeline or activity his qualify is blank.
        Assert.Equal(0m, sander.Decimal("quantityIndex"));
        Assert.Null(sander.Decimal("qualifyIndex"));
        Assert.Equal(0m, sander.Decimal("resultIndex"));
        // The team: qualify from Siri alone (Sander's is blank); quantity weighted 12 000 : 36 000 → 59.848 / 4 = 14.96.
        Assert.Equal(90.5m, team["team"]!.Decimal("qualifyIndex"));
        Assert.Equal(15.0m, team["team"]!.Decimal("quantityIndex"));
        Assert.Equal("Quantity", team["team"]!.Text("weakestFactor"));
        Assert.Equal(4, team["teamTrend"]!.AsArray().Count);
        Assert.Contains(team["units"]!.AsArray(), u => u!.Text("name") == "Nord" && u!["row"]!.Decimal("quantityIndex") == 59.8m);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RunningPeriod_GoalsCountUpToToday(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var call = await ActivityApiTests.TypeIdAsync(seller1, "call");
        await manager.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}", new[] { new { activityTypeId = call, weeklyTarget = 5m, weight = 1m, qualifiedOnly = false } });
        // Monday 29 and Tuesday 30 June are the days of ISO week 27 so far: 2 working days, target 5 × 2/5 = 2 calls.
        await seller1.PostJsonAsync("/api/v1/activities", ActivityApiTests.Input(call, org.Seller1CustomerId, Today) with { Channel = "Phone", DurationMinutes = 0 },
            HttpStatusCode.Created);

        var detail = await seller1.GetJsonAsync($"/api/v1/result-model/people/{org.Seller1PersonId}?period=2026-W27");

        Assert.Equal(2m, detail["quantity"]!["goals"]!.AsArray().Single()!.Decimal("target"));
        Assert.Equal(900, detail["quantity"]!.Int("workingMinutes"));
        Assert.Equal(50m, detail["quantity"]!.Decimal("activityPart"));
    }

    /// <summary>The March 2026 figures of the remarks above, for Siri; Sander gets nothing.</summary>
    internal static Task SeedMarchAsync(SalgskraftApp app, TestOrganization org) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<SalgskraftDbContext>();
        await SalesAggregate.RefreshAsync(db, org.AlfaId, cancellationToken: Ct);
        var types = await db.ActivityTypes.Where(t => t.CompanyId == org.AlfaId).ToDictionaryAsync(t => t.Code, t => t.Id, Ct);
        var stages = await db.DealStages.Where(t => t.CompanyId == org.AlfaId).ToDictionaryAsync(t => t.Name, t => t.Id, Ct);
        var siri = org.Seller1PersonId;
        var k1 = org.Seller1CustomerId;
        var k3 = await db.Customers.Where(c => c.ExternalId == "K3" && c.CompanyId == org.AlfaId).Select(c => c.Id).SingleAsync(Ct);

        Activity Act(string type, int? customer, int day, ActivityChannel channel, int minutes, int month = 3) => new()
        {
            CompanyId = org.AlfaId, PersonId = siri, CustomerId = customer, ActivityTypeId = types[type],
            Date = new DateOnly(2026, month, day), Channel = channel, DurationMinutes = minutes,
        };

        var activities = new List<Activity>();
        activities.AddRange(Enumerable.Range(1, 10).Select(d => Act("meeting", k1, d, ActivityChannel.FaceToFace, 90)));
        activities.Add(Act("meeting", k3, 12, ActivityChannel.Digital, 60));
        activities.AddRange(Enumerable.Range(1, 23).Select(d => Act("call", k1, d, ActivityChannel.Phone, 15)));
        activities.AddRange(Enumerable.Range(1, 21).Select(d => Act("call", k3, d, ActivityChannel.Phone, 15)));
        activities.Add(Act("other", null, 5, ActivityChannel.FaceToFace, 120));
        // Outside March on both sides: they must not count.
        activities.Add(Act("meeting", k1, 28, ActivityChannel.FaceToFace, 600, month: 2));
        activities.Add(Act("meeting", k3, 1, ActivityChannel.FaceToFace, 600, month: 4));
        db.Activities.AddRange(activities);

        Deal NewDeal(int customer, decimal value, string created, DealStatus status, string? closed, string stage) => new()
        {
            CompanyId = org.AlfaId, PersonId = siri, CustomerId = customer, Title = "D", Value = value, StageId = stages[stage],
            CreatedOn = DateOnly.Parse(created, System.Globalization.CultureInfo.InvariantCulture),
            StageChangedOn = DateOnly.Parse(created, System.Globalization.CultureInfo.InvariantCulture), Status = status,
            ClosedOn = closed is null ? null : DateOnly.Parse(closed, System.Globalization.CultureInfo.InvariantCulture),
        };

        var wonQuote = NewDeal(k1, 100_000m, "2026-02-01", DealStatus.Won, "2026-03-10", "Tilbud");
        var lostQuote = NewDeal(k3, 50_000m, "2026-02-15", DealStatus.Lost, "2026-03-20", "Møte");
        var lostMeeting = NewDeal(k3, 30_000m, "2026-03-01", DealStatus.Lost, "2026-03-25", "Møte");
        var open = NewDeal(k1, 20_000m, "2026-03-05", DealStatus.Open, null, "Lead");
        var wonInApril = NewDeal(k1, 40_000m, "2026-03-01", DealStatus.Won, "2026-04-02", "Tilbud");
        var wonBefore = NewDeal(k3, 10_000m, "2026-01-10", DealStatus.Won, "2026-02-27", "Tilbud");
        db.Deals.AddRange(wonQuote, lostQuote, lostMeeting, open, wonInApril, wonBefore);
        await db.SaveChangesAsync(Ct);
        // The lost quote was moved back from Tilbud to Møte before it was lost: it still reached a quote.
        db.DealStageChanges.AddRange(
            new DealStageChange { CompanyId = org.AlfaId, DealId = lostQuote.Id, FromStageId = stages["Møte"], ToStageId = stages["Tilbud"], ChangedOn = new DateOnly(2026, 3, 2) },
            new DealStageChange { CompanyId = org.AlfaId, DealId = lostQuote.Id, FromStageId = stages["Tilbud"], ToStageId = stages["Møte"], ChangedOn = new DateOnly(2026, 3, 9) });
        db.PersonActivityGoals.AddRange(
            new PersonActivityGoal { CompanyId = org.AlfaId, PersonId = siri, ActivityTypeId = types["meeting"], WeeklyTarget = 5m, Weight = 2m },
            new PersonActivityGoal { CompanyId = org.AlfaId, PersonId = siri, ActivityTypeId = types["call"], WeeklyTarget = 10m });
        db.ResultModelPlans.Add(new ResultModelPlan { CompanyId = org.AlfaId, PersonId = siri, YearlyResultGoal = 12_000m });
        await db.SaveChangesAsync(Ct);
        return true;
    });
}
