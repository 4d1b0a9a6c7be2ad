using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Goals;
using Salgskraft.Core.Identity;
using Salgskraft.Domain.Goals;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>Through the service and the database: whatever the total, method and manual part, the parts add up exactly.</summary>
public sealed class GoalDistributionPropertyTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static readonly string[] Methods = ["even", "lastYear", "trailing12", "potential", "pipeline", "mix"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Distribute_AnyTotalMethodAndAdjustment_PartsAddUpExactlyInWholeUnits(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var team = await GoalTeam.SeedAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(AlfaManagerNorth);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
        var (access, _) = await scope.ServiceProvider.GetRequiredService<AccessResolver>()
            .ResolveAsync(principal, null, TestContext.Current.CancellationToken);
        var service = scope.ServiceProvider.GetRequiredService<GoalDistributionService>();

        var property = Prop.ForAll(
            Arb.From(Gen.Choose(0, int.MaxValue)),
            Arb.From(Gen.Elements(Methods)),
            Arb.From(Gen.Choose(0, 100)),
            (total, method, manualPercent) =>
            {
                var manual = (decimal)total * manualPercent / 100;
                var request = new DistributionRequest(GoalKind.Revenue, "2026", total, method, UnitId: team.TeamX,
                    Weights: new Dictionary<string, decimal> { ["lastYear"] = 2, ["potential"] = 1, ["pipeline"] = 1 },
                    Adjustments: manualPercent % 3 == 0 ? new Dictionary<string, decimal> { [team.Bard.ToString(System.Globalization.CultureInfo.InvariantCulture)] = decimal.Floor(manual) } : null);
                var parts = service.DistributeAsync(access!, request).GetAwaiter().GetResult().Parts;
                return parts.Sum(p => p.Target) == total && parts.All(p => p.Target == decimal.Truncate(p.Target) && p.Target >= 0);
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }
}
