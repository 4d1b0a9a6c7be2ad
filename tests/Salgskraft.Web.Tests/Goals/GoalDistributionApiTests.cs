using System.Net;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>Each distribution method's worked example (docs/goals.md §2) through <c>POST /api/v1/goals/distribution</c>, on both databases.</summary>
public sealed class GoalDistributionApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Distribution_EachMethod_GivesTheWorkedExample(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var team = await GoalTeam.SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);

        async Task<decimal[]> Parts(string method, decimal total, int unitId, object? extra = null)
        {
            var body = new Dictionary<string, object?>
            {
                ["metric"] = "revenue", ["period"] = "2026", ["total"] = total, ["method"] = method, ["dryRun"] = true, ["unitId"] = unitId,
            };
            foreach (var property in extra?.GetType().GetProperties() ?? [])
            {
                body[property.Name] = property.GetValue(extra);
            }

            var result = await manager.PostAsync<DistributionResult>("/api/v1/goals/distribution", body);
            Assert.Equal(total, result.Parts.Sum(p => p.Target));
            return [.. result.Parts.Select(p => p.Target)];
        }

        // DOMAIN.md §2: 10 000 001 by last year's 4 / 3 / 2 million.
        Assert.Equal([4_444_445m, 3_333_334m, 2_222_222m], await Parts("lastYear", 10_000_001m, team.TeamX));
        // Even: the one unit left goes to the earlier name.
        Assert.Equal([3_333_334m, 3_333_334m, 3_333_333m], await Parts("even", 10_000_001m, team.TeamX));
        Assert.Equal([100m, 300m, 600m], await Parts("trailing12", 1_000m, team.TeamX));
        Assert.Equal([1_000m, 1_000m, 2_000m], await Parts("potential", 4_000m, team.TeamX));
        Assert.Equal([250m, 0m, 750m], await Parts("pipeline", 1_000m, team.TeamX));
        // docs/goals.md §2, mix: last year 3 M / 1 M and equal potential, weights 1 and 1.
        Assert.Equal([625_000m, 375_000m], await Parts("mix", 1_000_000m, team.TeamY, new { weights = new Dictionary<string, decimal> { ["lastYear"] = 1, ["potential"] = 1 } }));
        // Manual adjustment: Anne fixed at 5 000 000, the rest split 3 : 2.
        Assert.Equal([5_000_000m, 3_000_001m, 2_000_000m],
            await Parts("lastYear", 10_000_001m, team.TeamX, new { adjustments = new Dictionary<string, decimal> { [team.Anne.ToString(System.Globalization.CultureInfo.InvariantCulture)] = 5_000_000 } }));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Distribution_Months_FollowLastYearsProfileAndAddUp(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var team = await GoalTeam.SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);

        var result = await manager.PostAsync<DistributionResult>("/api/v1/goals/distribution",
            new { metric = "revenue", period = "2026", total = 1_200_001m, method = "even", dryRun = true, unitId = team.TeamY, months = true });

        // Dag's and Eva's last year is all in March, so March takes each year target.
        Assert.All(result.Parts, p =>
        {
            Assert.Equal(p.Target, p.Months!.Sum(m => m.Target));
            Assert.Equal(p.Target, p.Months!.Single(m => m.Period == "2026-03").Target);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Distribution_WithoutDryRun_ProposesEachPartAndNotifies(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var team = await GoalTeam.SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);

        var result = await manager.PostAsync<DistributionResult>("/api/v1/goals/distribution",
            new { metric = "revenue", period = "2026", total = 9_000_000m, method = "lastYear", dryRun = false, unitId = team.TeamX });

        Assert.NotNull(result.UnitGoalId);
        var goals = await manager.GetAsync<List<GoalDto>>($"/api/v1/goals?period=2026&ownerLevel=Person");
        var anne = goals.Single(g => g.OwnerId == team.Anne);
        Assert.Equal(4_000_000m, anne.Target);
        Assert.Equal(GoalAgreementState.Proposed, anne.Agreement);
        Assert.Equal(GoalParty.Salesperson, anne.AwaitingAnswerFrom);
        Assert.Equal(result.UnitGoalId, anne.ParentGoalId);

        // Again with another total: each existing proposal is revised, not duplicated.
        await manager.PostAsync<DistributionResult>("/api/v1/goals/distribution",
            new { metric = "revenue", period = "2026", total = 900m, method = "lastYear", dryRun = false, unitId = team.TeamX });
        goals = await manager.GetAsync<List<GoalDto>>($"/api/v1/goals?period=2026&ownerLevel=Person");
        Assert.Equal(400m, goals.Single(g => g.OwnerId == team.Anne).Target);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Distribution_RefusedInputs_Are400(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var team = await GoalTeam.SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);

        object[] bad =
        [
            new { metric = "revenue", period = "2026", total = 10.5m, method = "even", unitId = team.TeamX },
            new { metric = "revenue", period = "2026", total = 10m, method = "guess", unitId = team.TeamX },
            new { metric = "marginPercent", period = "2026", total = 10m, method = "even", unitId = team.TeamX },
            new { metric = "revenue", period = "2026-13", total = 10m, method = "even", unitId = team.TeamX },
            new { metric = "revenue", period = "2026", total = 10m, method = "mix", unitId = team.TeamX },
            new { metric = "revenue", period = "2026", total = 10m, method = "even", unitId = team.Org.SouthUnitId },
        ];
        foreach (var body in bad)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await manager.SendAsync("/api/v1/goals/distribution", body)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await seller.SendAsync("/api/v1/goals/distribution",
            new { metric = "revenue", period = "2026", total = 10m, method = "even" })).StatusCode);
    }
}
