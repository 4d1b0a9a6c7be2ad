using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Goals;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Goals;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>Actual, expected-by-now, forecast and traffic light (docs/goals.md §4) on the steering platform, on both databases.</summary>
public sealed class GoalEvaluationApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SteeringPlatform_April2028_ExpectedSkipsEasterAndForecastAddsWeightedPipeline(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<SalgskraftDbContext>();
            db.SalesLines.Add(GoalTeam.Line(org.AlfaId, "2028-04-03", "E1", org.Seller1CustomerId, org.Seller1PersonId, 850_000m, 637_500m));
            var quote = await db.DealStages.SingleAsync(st => st.CompanyId == org.AlfaId && st.Name == "Tilbud");
            db.Deals.Add(new Deal
            {
                CompanyId = org.AlfaId, CustomerId = org.Seller1CustomerId, PersonId = org.Seller1PersonId, Title = "Årsavtale", Value = 500_000m,
                StageId = quote.Id, Status = DealStatus.Open, ExpectedClose = new DateOnly(2028, 4, 25), CreatedOn = new DateOnly(2028, 4, 1),
                StageChangedOn = new DateOnly(2028, 4, 1),
            });
            await db.SaveChangesAsync();
            await SalesAggregate.RefreshAsync(db, org.AlfaId);
            return true;
        });
        // Easter Sunday 2028 is 16 April: 13, 14 and 17 April are holidays, so April has 17 working days.
        app.Clock.SetUtcNow(new DateTimeOffset(2028, 4, 12, 12, 0, 0, TimeSpan.Zero));
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);
        await manager.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "Revenue", ownerLevel = "Person", ownerId = org.Seller1PersonId, period = "2028-04", target = 1_700_000m });
        await manager.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "MarginPercent", ownerLevel = "Person", ownerId = org.Seller1PersonId, period = "2028-04", target = 0.30m });

        var platform = await seller.GetAsync<SteeringPlatformDto>("/api/v1/steering-platform?period=2028-04");

        // 8 of the 17 working days are gone and 9 remain (run-rate 106 250); pipeline 500 000 × 0.60 closes in the month.
        var revenue = platform.Goals.Single(g => g.Metric == GoalKind.Revenue);
        Assert.Equal(GoalCategory.Result, revenue.Kind);
        Assert.Equal(850_000m, revenue.Actual);
        Assert.Equal(800_000m, revenue.Expected);
        Assert.Equal(850_000m + (106_250m * 9) + 300_000m, revenue.Forecast);
        Assert.Equal(TrafficLight.Green, revenue.Status);
        // Margin 25 % against 30 %: a level goal expected at its target, 25 < 27 is red.
        var margin = platform.Goals.Single(g => g.Metric == GoalKind.MarginPercent);
        Assert.Equal(0.25m, margin.Actual);
        Assert.Equal(0.30m, margin.Expected);
        Assert.Equal(TrafficLight.Red, margin.Status);

        // Easter (13–17 April) does not move the path; on 18 April 9 days are gone: 900 000, and 850 000 is yellow.
        app.Clock.SetUtcNow(new DateTimeOffset(2028, 4, 17, 12, 0, 0, TimeSpan.Zero));
        seller = await app.ApiClientAsync(AlfaSeller1, Password); // the earlier token has expired by now
        Assert.Equal(800_000m, (await seller.GetAsync<SteeringPlatformDto>("/api/v1/steering-platform?period=2028-04")).Goals.Single(g => g.Metric == GoalKind.Revenue).Expected);
        app.Clock.SetUtcNow(new DateTimeOffset(2028, 4, 18, 12, 0, 0, TimeSpan.Zero));
        seller = await app.ApiClientAsync(AlfaSeller1, Password);
        var later = (await seller.GetAsync<SteeringPlatformDto>("/api/v1/steering-platform?period=2028-04")).Goals.Single(g => g.Metric == GoalKind.Revenue);
        Assert.Equal(900_000m, later.Expected);
        Assert.Equal(TrafficLight.Yellow, later.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Goal_KindWithoutData_UsesTheActualEnteredByHand(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);
        var kti = await manager.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "CustomerSatisfaction", ownerLevel = "Person", ownerId = org.Seller1PersonId, period = "2026", target = 0.80m });

        var response = await seller.PatchAsync($"/api/v1/goals/{kti.Id}",
            System.Net.Http.Json.JsonContent.Create(new { manualActual = 0.84m }), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();

        var goal = (await seller.GetAsync<SteeringPlatformDto>("/api/v1/steering-platform?period=2026")).Goals.Single();
        Assert.Equal(GoalCategory.Kpi, goal.Kind);
        Assert.Equal(0.84m, goal.Actual);
        Assert.True(goal.ActualIsManual);
        Assert.Equal(TrafficLight.Green, goal.Status);
    }
}
