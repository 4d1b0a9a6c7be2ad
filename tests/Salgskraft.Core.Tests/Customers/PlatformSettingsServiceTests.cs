using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Customers;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Customers;

public sealed class PlatformSettingsServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_StoredSettings_AreTheDefaultsUntilSetThenDriveThePlatform(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var example = await PlatformExample.SeedAsync(database.Services);
        var alfa = example.Organization.AlfaId;
        var director = Access(AccessRole.Director, alfa);

        await using (var scope = database.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<PlatformSettingsService>();
            var defaults = await settings.GetAsync(alfa, ct);
            Assert.Equal((0.8m, (decimal?)null, 50_000m, false), (defaults.HighRevenueShare, defaults.MarginThreshold, defaults.ContributionFloor, defaults.MarginAfterSalesCost));
            Assert.Equal(Enum.GetValues<PlatformGroup>(), defaults.Targets.Select(t => t.Group));
            Assert.All(defaults.Targets, t => Assert.Equal((null, null), (t.RevenueShare, t.Margin)));

            await settings.SaveAsync(director, defaults with
            {
                HighRevenueShare = 0.5m,
                ContributionFloor = 20_000m,
                Targets = [new(PlatformGroup.Key, 0.6m, 0.25m), new(PlatformGroup.PhaseOut, 0.05m, null)],
            }, ct);
        }

        await using (var scope = database.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<PlatformSettingsService>().GetAsync(alfa, ct);
            Assert.Equal((0.5m, 20_000m), (saved.HighRevenueShare, saved.ContributionFloor));
            Assert.Equal(new PlatformTargetValue(PlatformGroup.Key, 0.6m, 0.25m), saved.Targets[0]);
            Assert.Equal(new PlatformTargetValue(PlatformGroup.Star, null, null), saved.Targets[1]);

            var platform = await scope.ServiceProvider.GetRequiredService<CustomerPlatformQuery>()
                .GetAsync(VisibilityScope.WholeCompany(alfa), Period.Year(PlatformExample.Year), cancellationToken: ct);
            Assert.Equal(PlatformGroup.PhaseOut, platform.Customers.Single(c => c.ExternalId == "W03").Group);
            Assert.Equal(PlatformGroup.QuestionMark, platform.Customers.Single(c => c.ExternalId == "W10").Group);
            // Beta keeps the defaults: settings never cross companies.
            Assert.Equal(PlatformSettings.Default, await scope.ServiceProvider.GetRequiredService<PlatformSettingsService>()
                .SettingsAsync(example.Organization.BetaId, ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_OutOfRangeOrNotDirector_IsRefused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<PlatformSettingsService>();
        var valid = await settings.GetAsync(org.AlfaId, ct);
        var director = Access(AccessRole.Director, org.AlfaId);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => settings.SaveAsync(director, valid with
        {
            HighRevenueShare = 0m,
            ContributionFloor = -1m,
            Targets = [new(PlatformGroup.Key, 0.7m, 2m), new(PlatformGroup.Star, 0.4m, null)],
        }, ct));
        Assert.Equal(["ContributionFloor", "HighRevenueShare", "Targets", "Targets.Key.Margin"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.False(PlatformSettingsService.CanEdit(Access(AccessRole.Manager, org.AlfaId)));
        Assert.True(PlatformSettingsService.CanEdit(Access(AccessRole.Administrator, org.AlfaId)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => settings.SaveAsync(Access(AccessRole.Salesperson, org.AlfaId), valid, ct));
    }

    private static AccessContext Access(AccessRole role, int companyId)
    {
        var company = new CompanyRef(companyId, "alfa", "Alfa", "NOK", "nb-NO");
        return new AccessContext("u", "u@test", role, null, null, company, [company], VisibilityScope.WholeCompany(companyId));
    }
}
