using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Testing;
using Salgskraft.Web.Features.Notifications;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>Co-ownership (docs/goals.md §6) and the visibility of goals through the API, on both databases.</summary>
public sealed class GoalAgreementApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Agreement_ProposeCounterAgree_BothSeeItAgreedWithHistoryAndNotifications(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);

        var goal = await manager.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "Revenue", ownerLevel = "Person", ownerId = org.Seller1PersonId, period = "2026", target = 10_000_000m });
        Assert.Equal(GoalAgreementState.Proposed, goal.Agreement);
        Assert.Equal(1, (await seller.GetAsync<NotificationsResponse>("/api/v1/notifications")).Unread);

        // The manager cannot agree to their own proposal; the salesperson counter-proposes.
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.SendAsync($"/api/v1/goals/{goal.Id}/agreement", new { action = "Agree" })).StatusCode);
        var countered = await seller.PostAsync<GoalDetailDto>($"/api/v1/goals/{goal.Id}/agreement",
            new { action = "CounterPropose", target = 9_000_000m, comment = "two large customers are moving" });
        Assert.Equal(GoalAgreementState.CounterProposed, countered.Goal.Agreement);
        Assert.Equal(GoalParty.Salesperson, countered.CanAnswerAs);
        var managerNotes = await manager.GetAsync<NotificationsResponse>("/api/v1/notifications");
        Assert.Equal(1, managerNotes.Unread);
        Assert.Equal("Siri Selger", managerNotes.Items[0].ActorName);

        var agreed = await manager.PostAsync<GoalDetailDto>($"/api/v1/goals/{goal.Id}/agreement", new { action = "Agree" });
        foreach (var client in new[] { manager, seller })
        {
            var seen = await client.GetAsync<GoalDetailDto>($"/api/v1/goals/{goal.Id}");
            Assert.Equal(GoalAgreementState.Agreed, seen.Goal.Agreement);
            Assert.Equal(9_000_000m, seen.Goal.AgreedTarget);
            Assert.Equal(
                [GoalAgreementAction.Propose, GoalAgreementAction.CounterPropose, GoalAgreementAction.Agree],
                seen.History.Select(h => h.Action).ToArray());
            Assert.Equal("two large customers are moving", seen.History[1].Comment);
            Assert.Equal(["Mats Nord", "Siri Selger", "Mats Nord"], seen.History.Select(h => h.PersonName).ToArray());
        }

        // A change after agreement reopens it; the agreed target stands meanwhile.
        var changed = await seller.PostAsync<GoalDetailDto>($"/api/v1/goals/{goal.Id}/agreement", new { action = "Propose", target = 8_500_000m });
        Assert.Equal(GoalAgreementState.Proposed, changed.Goal.Agreement);
        Assert.Equal(9_000_000m, changed.Goal.AgreedTarget);
        var platform = await seller.GetAsync<SteeringPlatformDto>("/api/v1/steering-platform?period=2026");
        Assert.Equal(9_000_000m, platform.Goals.Single().Target);

        // The stored history replays through the domain exactly as it was taken.
        var replayed = await app.WithServicesAsync(async s => GoalAgreement.Replay(
            (await s.GetRequiredService<SalgskraftDbContext>().GoalAgreementSteps.Where(x => x.GoalId == goal.Id).OrderBy(x => x.Sequence).ToListAsync())
            .Select(x => x.ToEvent())));
        Assert.Equal(GoalAgreementState.Proposed, replayed.State);
        Assert.Equal(8_500_000m, replayed.Target);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Goals_Visibility_OwnUnitNeverOtherCompanyAndGuessedIdsAre404(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        var seller1 = await app.ApiClientAsync(AlfaSeller1, Password);
        var seller2 = await app.ApiClientAsync(AlfaSeller2, Password);
        var beta = await app.ApiClientAsync(BetaDirector, Password);
        var seller2Id = await app.WithServicesAsync(s => s.GetRequiredService<SalgskraftDbContext>().People.Where(p => p.ExternalId == "P-S2").Select(p => p.Id).SingleAsync());

        var own = await manager.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "Revenue", ownerLevel = "Person", ownerId = org.Seller1PersonId, period = "2026", target = 1000m });
        var unit = await manager.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "Revenue", ownerLevel = "Unit", ownerId = org.NorthUnitId, period = "2026", target = 5000m });
        var other = await director.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "Revenue", ownerLevel = "Person", ownerId = seller2Id, period = "2026", target = 2000m });

        Assert.Equal([own.Id], (await seller1.GetAsync<List<GoalDto>>("/api/v1/goals")).Select(g => g.Id).ToArray());
        Assert.Equal([other.Id], (await seller2.GetAsync<List<GoalDto>>("/api/v1/goals")).Select(g => g.Id).ToArray());
        Assert.Equal([own.Id, unit.Id], (await manager.GetAsync<List<GoalDto>>("/api/v1/goals")).Select(g => g.Id).Order().ToArray());
        Assert.Equal(3, (await director.GetAsync<List<GoalDto>>("/api/v1/goals")).Count);
        Assert.Empty(await beta.GetAsync<List<GoalDto>>("/api/v1/goals"));

        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.NotFound, (await seller2.GetAsync($"/api/v1/goals/{own.Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller1.GetAsync($"/api/v1/goals/{unit.Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/goals/{other.Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller2.SendAsync($"/api/v1/goals/{own.Id}/agreement", new { action = "Agree" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller2.SendAsync($"/api/v1/goals/{own.Id}/notes", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller1.GetAsync($"/api/v1/steering-platform?period=2026&personId={seller2Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await seller1.SendAsync("/api/v1/goals",
            new { metric = "Revenue", ownerLevel = "Person", ownerId = seller2Id, period = "2026", target = 1m })).StatusCode);
        for (var guess = 0; guess <= other.Id + 3; guess++)
        {
            var response = await beta.GetAsync($"/api/v1/goals/{guess}", ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"guess {guess} gave {response.StatusCode}");
        }

        var export = await manager.GetAsync("/api/v1/goals/export?period=2026", ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await (await app.ApiClientAsync(AlfaDirector, Password, company: BetaSlug)).GetAsync("/api/v1/goals", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/steering-platform?period=2026", ct)).StatusCode);
    }
}
