using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
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
            Assert.Equal(PlatformSettings.Default, await scope.ServiceProvider.GetRequiredService<CustomerPlatformQuery>()
                .SettingsAsync(example.Organization.BetaId, null, ct));
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
        Assert.Equal(["The revenue share must be above 0 % and at most 100 %."], error.Errors["HighRevenueShare"]);
        Assert.Equal(["The contribution floor cannot be negative."], error.Errors["ContributionFloor"]);
        Assert.Equal(["A goal margin must be between -100 % and 100 %."], error.Errors["Targets.Key.Margin"]);
        Assert.Equal(["The goal shares of revenue add up to more than 100 %."], error.Errors["Targets"]);
        Assert.Equal(
            [
                "Omsetningsandelen må være over 0 % og høyst 100 %.",
                "DB-gulvet kan ikke være negativt.",
                "Et mål for dekningsgrad må være mellom -100 % og 100 %.",
                "Målene for andel av omsetning blir til sammen mer enn 100 %.",
            ],
            error.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
        Assert.False(PlatformSettingsService.CanEdit(Access(AccessRole.Manager, org.AlfaId)));
        Assert.True(PlatformSettingsService.CanEdit(Access(AccessRole.Administrator, org.AlfaId)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => settings.SaveAsync(Access(AccessRole.Salesperson, org.AlfaId), valid, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_PotentialAndStageThresholds_DefaultUntilSetThenDriveTheAnalysis(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var example = await PlatformExample.SeedAsync(database.Services);
        var alfa = example.Organization.AlfaId;
        var director = Access(AccessRole.Director, alfa);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
            foreach (var (id, potential) in new[] { ("W01", 30_000_000m), ("W02", 20_000_000m), ("W03", 5_000_000m), ("W04", 500_000m) })
            {
                (await db.Customers.SingleAsync(c => c.Id == example.CustomerIds[id], ct)).Potential = potential;
            }

            await db.SaveChangesAsync(ct);
        }

        // Defaults: terciles of the four potentials (high from 20 M, medium from 5 M); every W bought in two months of
        // 2024 (W02 in three), so all are sporadic under "regular from 4 months".
        var before = await AnalysisAsync(database, director);
        Assert.Equal((5_000_000m, 20_000_000m), (before.Potentials.MediumFrom!.Value, before.Potentials.HighFrom!.Value));
        Assert.Equal(["High", "High", "Medium", "Low"], Classes(before, example));
        Assert.Equal(10, before.Stages.Count(DevelopmentStage.Sporadic));

        await using (var scope = database.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<PlatformSettingsService>();
            var saved = await settings.SaveAsync(director, (await settings.GetAsync(alfa, ct)) with
            {
                PotentialMediumFrom = 400_000m,
                PotentialHighFrom = 4_000_000m,
                RegularFromMonths = 2,
                PartnerFromMonths = 3,
                PartnerShareOfWallet = 0.75m,
            }, ct);
            Assert.Equal((400_000m, 4_000_000m, 2, 3, 0.75m),
                (saved.PotentialMediumFrom!.Value, saved.PotentialHighFrom!.Value, saved.RegularFromMonths, saved.PartnerFromMonths, saved.PartnerShareOfWallet));
        }

        // Fixed amounts: W03 (5 M) is high, W04 (500 000) medium. W02 buys in three months at 15.6 / 20 = 78 % ≥ 75 %: a partner;
        // the others' two months make them regular.
        var after = await AnalysisAsync(database, director);
        Assert.Equal((400_000m, 4_000_000m), (after.Potentials.MediumFrom!.Value, after.Potentials.HighFrom!.Value));
        Assert.Equal(["High", "High", "High", "Medium"], Classes(after, example));
        Assert.Equal([example.CustomerIds["W02"]], after.Stages.CustomerIds(DevelopmentStage.Partner));
        Assert.Equal(9, after.Stages.Count(DevelopmentStage.Regular));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_UnorderedOrNegativePotentialAndStageThresholds_AreRefused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<PlatformSettingsService>();
        var valid = await settings.GetAsync(org.AlfaId, ct);
        Assert.Equal(((decimal?)null, (decimal?)null, 4, 8, 0.5m),
            (valid.PotentialMediumFrom, valid.PotentialHighFrom, valid.RegularFromMonths, valid.PartnerFromMonths, valid.PartnerShareOfWallet));
        var director = Access(AccessRole.Director, org.AlfaId);

        async Task<IEnumerable<string>> ErrorsAsync(PlatformSettingsValue value) =>
            (await Assert.ThrowsAsync<ValidationFailedException>(() => settings.SaveAsync(director, value, ct))).Errors.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(["PotentialHighFrom"], await ErrorsAsync(valid with { PotentialMediumFrom = 2_000m, PotentialHighFrom = 1_000m }));
        var unordered = await Assert.ThrowsAsync<ValidationFailedException>(() => settings.SaveAsync(director, valid with { PotentialMediumFrom = 2_000m, PotentialHighFrom = 1_000m }, ct));
        Assert.Equal(["The potential for high must be at least the potential for medium."], unordered.Errors["PotentialHighFrom"]);
        Assert.Equal(["Potensialet for høy må være minst like stort som potensialet for middels."], unordered.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
        var months = await Assert.ThrowsAsync<ValidationFailedException>(() => settings.SaveAsync(director, valid with { RegularFromMonths = 6, PartnerFromMonths = 5 }, ct));
        Assert.Equal(["A partner buys in at least as many months as a regular customer, at most 12."], months.Errors["PartnerFromMonths"]);
        Assert.Equal(["PotentialHighFrom"], await ErrorsAsync(valid with { PotentialMediumFrom = 2_000m }));
        Assert.Equal(["PotentialMediumFrom"], await ErrorsAsync(valid with { PotentialMediumFrom = -1m, PotentialHighFrom = 1_000m }));
        Assert.Equal(["PartnerFromMonths", "PartnerShareOfWallet", "RegularFromMonths"],
            await ErrorsAsync(valid with { RegularFromMonths = 1, PartnerFromMonths = 13, PartnerShareOfWallet = -0.1m }));
        Assert.Equal(["PartnerFromMonths"], await ErrorsAsync(valid with { RegularFromMonths = 6, PartnerFromMonths = 5 }));
        // Equal cut-offs and equal months are ordered.
        var edge = await settings.SaveAsync(director, valid with { PotentialMediumFrom = 0m, PotentialHighFrom = 0m, RegularFromMonths = 12, PartnerFromMonths = 12 }, ct);
        Assert.Equal((0m, 12), (edge.PotentialHighFrom!.Value, edge.PartnerFromMonths));
    }

    private static async Task<PlatformAnalysis> AnalysisAsync(TestDatabase database, AccessContext access)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformAnalysisQuery>()
            .GetAsync(access, Period.Year(PlatformExample.Year), cancellationToken: TestContext.Current.CancellationToken);
    }

    private static List<string> Classes(PlatformAnalysis analysis, PlatformExample example) =>
        [.. new[] { "W01", "W02", "W03", "W04" }.Select(id => analysis.Potentials.Customers.Single(c => c.CustomerId == example.CustomerIds[id]).Class.ToString())];

    private static AccessContext Access(AccessRole role, int companyId)
    {
        var company = new CompanyRef(companyId, "alfa", "Alfa", "NOK", "nb-NO");
        return new AccessContext("u", "u@test", role, null, null, company, [company], VisibilityScope.WholeCompany(companyId));
    }
}
