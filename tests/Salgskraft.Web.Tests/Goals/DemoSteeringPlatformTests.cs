using Salgskraft.Core.Demo;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Testing;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>The demo salesperson's steering platform is DOMAIN.md §2's example, agreed, with its KPIs and actions.</summary>
public sealed class DemoSteeringPlatformTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SteeringPlatform_DemoSalesperson_ShowsTheExampleGoalsAgreed(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider, loadDemo: true);
        var sara = DemoData.Logins.Single(l => l.Email == "sara@regnskap-pafunn.no");
        var client = await app.ApiClientAsync(sara.Email, sara.Password);

        var platform = await client.GetAsync<SteeringPlatformDto>("/api/v1/steering-platform?period=2026");

        Assert.Equal("Sara Lunde", platform.PersonName);
        Assert.Equal(
            [
                (GoalKind.Revenue, 10_000_000m), (GoalKind.MarginPercent, 0.25m), (GoalKind.NewCustomerRevenue, 2_000_000m),
                (GoalKind.ProductGroupRevenue, 1_500_000m), (GoalKind.PipelineValue, 2_500_000m), (GoalKind.QualifiedMeetingsPerWeek, 10m),
                (GoalKind.ClosingRate, 0.75m), (GoalKind.CustomerSatisfaction, 0.80m),
            ],
            platform.Goals.Select(g => (g.Metric, g.Target)).ToArray());
        Assert.All(platform.Goals, g => Assert.Equal(GoalAgreementState.Agreed, g.Agreement));
        Assert.Equal(4, platform.Goals.Count(g => g.Kind == GoalCategory.Result));
        var revenue = platform.Goals[0];
        Assert.Equal(
            [GoalKind.PipelineValue, GoalKind.QualifiedMeetingsPerWeek, GoalKind.ClosingRate],
            platform.Goals.Where(g => g.SupportsGoalId == revenue.Id).Select(g => g.Metric).ToArray());
        Assert.Equal(8, platform.Goals.Sum(g => g.Actions.Count));
        Assert.Equal(DemoData.NewProductAreaGroupExternalId, platform.Goals[3].Subject);
        Assert.True(revenue.Actual > 0);
        TestContext.Current.SendDiagnosticMessage($"Sara 2026 to date: revenue {revenue.Actual}, expected {revenue.Expected}, forecast {revenue.Forecast}, {revenue.Status}");

        var strategies = await (await app.ApiClientAsync("direktor@regnskap-pafunn.no", DemoData.Password)).GetAsync<List<StrategyDto>>("/api/v1/strategies");
        var strategy = Assert.Single(strategies);
        Assert.Equal(3, strategy.Items.Count(i => i.Kind == StrategyItemKind.SubGoal));
        Assert.Equal(decimal.Round(strategy.StartValue * 1.3m, 0), strategy.Target);
        Assert.NotEmpty(strategy.ActualPath);
    }
}
