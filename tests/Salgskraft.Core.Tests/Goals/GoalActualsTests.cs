using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Goals;

public sealed class GoalActualsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MeasureAsync_PlatformGroupShare_IsTheGroupsShareOfTheOwnersPlatformRevenue(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var example = await PlatformExample.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var actuals = scope.ServiceProvider.GetRequiredService<GoalActuals>();
        var (from, to) = (new DateOnly(PlatformExample.Year, 1, 1), new DateOnly(PlatformExample.Year, 12, 31));
        var company = new GoalOwnerScope(example.Organization.AlfaId, null);

        var key = await actuals.MeasureAsync(company, GoalKind.PlatformGroupShare, "Key", from, to, HolidayCountry.Norway, ct);
        var star = await actuals.MeasureAsync(company, GoalKind.PlatformGroupShare, "star", from, to, HolidayCountry.Norway, ct);
        var midYear = await actuals.MeasureAsync(company, GoalKind.PlatformGroupShare, "Key", from, new DateOnly(PlatformExample.Year, 12, 15),
            HolidayCountry.Norway, ct);
        var unknownGroup = await actuals.MeasureAsync(company, GoalKind.PlatformGroupShare, "Gold", from, to, HolidayCountry.Norway, ct);

        // The slide: W01 (22.5 M) is the only Key customer and W02 + W03 (15.6 + 12.6 M) the Stars, of 56.8 M.
        Assert.Equal(22_500_000m / 56_800_000m, key);
        Assert.Equal(28_200_000m / 56_800_000m, star);
        Assert.Equal(key, midYear);
        Assert.Null(unknownGroup);
    }
}
