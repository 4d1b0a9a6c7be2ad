using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Activities;

/// <summary>Activities through the API on both databases: entry, validation, the visibility rule and the week view.</summary>
public sealed class ActivityApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Create_Salesperson_LogsOwnAndSeesOnlyOwn(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var seller2 = await app.ApiClientAsync(AlfaSeller2, Password);
        var meeting = await TypeIdAsync(seller1, "meeting");

        var created = await seller1.PostJsonAsync("/api/v1/activities",
            Input(meeting, org.Seller1CustomerId, Today, qualified: true), HttpStatusCode.Created);
        var id = created.Int("id");

        Assert.Equal(org.Seller1PersonId, created.Int("personId"));
        Assert.Equal("Kunde En AS", created.Text("customerName"));
        Assert.Equal("FaceToFace", created.Text("channel"));
        Assert.True(created["qualified"]!.GetValue<bool>());
        Assert.Single((await seller1.GetJsonAsync("/api/v1/activities")).AsArray());
        Assert.Empty((await seller2.GetJsonAsync("/api/v1/activities")).AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await seller2.GetAsync($"/api/v1/activities/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller2.DeleteAsync($"/api/v1/activities/{id}", Ct)).StatusCode);
        await seller2.PutJsonAsync($"/api/v1/activities/{id}", Input(meeting, org.Seller1CustomerId, Today), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Create_ForSomeoneOutsideScope_Is404(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var beta = await app.ApiClientAsync(BetaDirector, Password);
        var meeting = await TypeIdAsync(seller1, "meeting");
        var seller2Id = await PersonIdAsync(app, "P-S2");

        // A salesperson enters only their own; with another's customer or person the answer is 404, never the data.
        await seller1.PostJsonAsync("/api/v1/activities", Input(meeting, org.Seller2CustomerId, Today), HttpStatusCode.NotFound);
        await seller1.PostJsonAsync("/api/v1/activities", Input(meeting, null, Today) with { PersonId = seller2Id }, HttpStatusCode.NotFound);
        // A manager enters for the people in their units, not for others.
        var forSeller1 = await manager.PostJsonAsync("/api/v1/activities",
            Input(meeting, org.Seller1CustomerId, Today) with { PersonId = org.Seller1PersonId }, HttpStatusCode.Created);
        await manager.PostJsonAsync("/api/v1/activities", Input(meeting, null, Today) with { PersonId = seller2Id }, HttpStatusCode.NotFound);
        // Another company never: not by id, not with its own activity types.
        await beta.PostJsonAsync("/api/v1/activities", Input(meeting, null, Today) with { PersonId = org.Seller1PersonId }, HttpStatusCode.NotFound);
        for (var guess = 0; guess <= forSeller1.Int("id") + 3; guess++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/v1/activities/{guess}", Ct)).StatusCode);
        }

        Assert.Equal(forSeller1.Int("id"), (await seller1.GetJsonAsync($"/api/v1/activities/{forSeller1.Int("id")}")).Int("id"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Create_InvalidInput_GivesFieldKeyedErrors(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var meeting = await TypeIdAsync(seller1, "meeting");

        var problem = await seller1.PostJsonAsync("/api/v1/activities",
            Input(meeting, org.Seller1CustomerId, Today.AddDays(1)) with { DurationMinutes = -5, OutcomeNote = new string('x', 2001) },
            HttpStatusCode.BadRequest);
        var unknownType = await seller1.PostJsonAsync("/api/v1/activities", Input(999_999, null, Today), HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["date", "durationMinutes", "outcomeNote"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.True(unknownType["errors"]!.AsObject().ContainsKey("activityTypeId"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateAndDelete_OwnActivity_Works(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var meeting = await TypeIdAsync(seller1, "meeting");
        var call = await TypeIdAsync(seller1, "call");
        var id = (await seller1.PostJsonAsync("/api/v1/activities", Input(meeting, org.Seller1CustomerId, Today), HttpStatusCode.Created)).Int("id");

        var updated = await seller1.PutJsonAsync($"/api/v1/activities/{id}",
            Input(call, org.Seller1CustomerId, Today.AddDays(-1)) with { Channel = "Phone", DurationMinutes = 15, OutcomeNote = "  Ring igjen  " });
        var deleted = await seller1.DeleteAsync($"/api/v1/activities/{id}", Ct);

        Assert.Equal("call", updated.Text("typeCode"));
        Assert.Equal("Phone", updated.Text("channel"));
        Assert.Equal("Ring igjen", updated.Text("outcomeNote"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller1.GetAsync($"/api/v1/activities/{id}", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Week_CountsAgainstGoalsAndCustomerTime(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var meeting = await TypeIdAsync(seller1, "meeting");
        var call = await TypeIdAsync(seller1, "call");
        var other = await TypeIdAsync(seller1, "other");

        // Today is Tuesday 30 June 2026, ISO week 27 (29 June – 5 July): five working days of 450 minutes.
        await manager.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}",
            new[] { new { activityTypeId = meeting, weeklyTarget = 4m, weight = 2m, qualifiedOnly = true } });
        await seller1.PostJsonAsync("/api/v1/activities", Input(meeting, org.Seller1CustomerId, Today, qualified: true) with { DurationMinutes = 300 },
            HttpStatusCode.Created);
        await seller1.PostJsonAsync("/api/v1/activities", Input(meeting, org.Seller1CustomerId, Today.AddDays(-1)) with { DurationMinutes = 60, Channel = "Digital" },
            HttpStatusCode.Created);
        await seller1.PostJsonAsync("/api/v1/activities", Input(call, org.Seller1CustomerId, Today.AddDays(-1)) with { DurationMinutes = 150, Channel = "Phone" },
            HttpStatusCode.Created);
        await seller1.PostJsonAsync("/api/v1/activities", Input(other, null, Today) with { DurationMinutes = 100 }, HttpStatusCode.Created);
        // Sunday 28 June is the week before: it must not count.
        await seller1.PostJsonAsync("/api/v1/activities", Input(meeting, org.Seller1CustomerId, new DateOnly(2026, 6, 28), qualified: true),
            HttpStatusCode.Created);

        var week = await seller1.GetJsonAsync("/api/v1/activities/week");
        var meetings = week["lines"]!.AsArray().Single(l => l!.Text("typeCode") == "meeting")!;

        Assert.Equal("2026-W27", week.Text("week"));
        Assert.Equal(2, meetings.Int("count"));
        Assert.Equal(1, meetings.Int("qualified"));
        Assert.Equal(4m, meetings.Decimal("target"));
        Assert.Equal(1, meetings.Int("goalActual"));
        Assert.Equal(0.25m, meetings.Decimal("attainment"));
        Assert.Equal(450, week.Int("customerMinutes"));
        Assert.Equal(2250, week.Int("workingMinutes"));
        Assert.Equal(0.2m, week.Decimal("customerTimeShare"));
        Assert.Equal("Below", week.Text("customerTimeBand"));
        Assert.Equal(0, (await seller1.GetJsonAsync("/api/v1/activities/week?year=2026&week=25"))["lines"]!.AsArray().Sum(l => l!.Int("count")));
        // Goals are replaced as a set.
        var replaced = await manager.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}",
            new[] { new { activityTypeId = meeting, weeklyTarget = 2m, weight = 1m, qualifiedOnly = false }, new { activityTypeId = call, weeklyTarget = 10m, weight = 1m, qualifiedOnly = false } });
        Assert.Equal([2m, 10m], replaced.AsArray().Select(g => g!.Decimal("weeklyTarget")!.Value));
        Assert.Equal(2, (await seller1.GetJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}")).AsArray().Count);
        // A salesperson cannot set goals, and nobody sees the week of someone outside their scope.
        await seller1.PutJsonAsync($"/api/v1/activities/goals/{org.Seller1PersonId}", Array.Empty<object>(), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/activities/week?personId={await PersonIdAsync(app, "P-S2")}", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Types_CostIsDirectorsToSet(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var meeting = await TypeIdAsync(director, "meeting");

        var updated = await director.PutJsonAsync($"/api/v1/activities/types/{meeting}", new { name = "Kundemøte", isCustomerFacing = true, costPerActivity = 1250.50m });
        var added = await director.PostJsonAsync("/api/v1/activities/types", new { name = "Webinar", isCustomerFacing = true, costPerActivity = 300m });
        await manager.PutJsonAsync($"/api/v1/activities/types/{meeting}", new { name = "X", isCustomerFacing = true, costPerActivity = 1m }, HttpStatusCode.Forbidden);
        var invalid = await director.PostJsonAsync("/api/v1/activities/types", new { name = " ", isCustomerFacing = true, costPerActivity = -1m }, HttpStatusCode.BadRequest);

        Assert.Equal(1250.50m, updated.Decimal("costPerActivity"));
        Assert.Equal("Webinar", added.Text("name"));
        Assert.Equal(7, (await manager.GetJsonAsync("/api/v1/activities/types")).AsArray().Count);
        Assert.Equal(["costPerActivity", "name"], invalid["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    internal static async Task<int> TypeIdAsync(HttpClient client, string code) =>
        (await client.GetJsonAsync("/api/v1/activities/types")).AsArray().Single(t => t!.Text("code") == code)!.Int("id");

    internal static Task<int> PersonIdAsync(SalgskraftApp app, string externalId) => app.WithServicesAsync(s =>
        Task.FromResult(s.GetRequiredService<SalgskraftDbContext>().People.Single(p => p.ExternalId == externalId).Id));

    internal static ActivityBody Input(int typeId, int? customerId, DateOnly date, bool qualified = false) =>
        new(null, customerId, typeId, ApiJson.Date(date), qualified, 60, "FaceToFace", null, null);

    internal sealed record ActivityBody(int? PersonId, int? CustomerId, int ActivityTypeId, string Date, bool Qualified, int DurationMinutes,
        string Channel, string? OutcomeNote, int? DealId);
}
