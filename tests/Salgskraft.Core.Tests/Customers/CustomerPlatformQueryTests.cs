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

public sealed class CustomerPlatformQueryTests
{
    private static readonly Period Year = Period.Year(PlatformExample.Year);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAsync_WorkedExampleWholeCompany_GroupsExactlyAsTheSlide(string provider)
    {
        await using var run = await Run.StartAsync(provider);

        var platform = await run.Query.GetAsync(VisibilityScope.WholeCompany(run.Example.Organization.AlfaId), Year,
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(56_800_000m, platform.Total.Revenue);
        Assert.Equal(10_093_000m, platform.Total.Contribution);
        Assert.Equal(12_600_000m, platform.Thresholds.HighRevenueFrom);
        Assert.Equal(10_093_000m / 56_800_000m, platform.Thresholds.MarginThreshold);
        Assert.True(platform.Thresholds.MarginThresholdIsOverall);
        Assert.Equal(50_000m, platform.Thresholds.ContributionFloor);
        Assert.Equal(["W01"], run.Ids(platform, PlatformGroup.Key));
        Assert.Equal(["W02", "W03"], run.Ids(platform, PlatformGroup.Star));
        Assert.Equal(["W04", "W05", "W06", "W07", "W08", "W09"], run.Ids(platform, PlatformGroup.QuestionMark));
        Assert.Equal(["W10"], run.Ids(platform, PlatformGroup.PhaseOut));
        Assert.Equal(["W08", "W10"], platform.Customers.Where(c => c.IsNew).Select(c => c.ExternalId));
        Assert.Equal(new DateOnly(PlatformExample.Year - 1, 6, 1), platform.Customers.Single(c => c.ExternalId == "W01").FirstPurchase);
        Assert.Equal(PlatformExample.MeetingsWithW04 * PlatformExample.MeetingCost, platform.Customers.Single(c => c.ExternalId == "W04").SalesCost);
        // W11's credit cancels its sale; K1–K3 bought nothing this year: all listed apart, none placed.
        Assert.Equal(["K1", "K2", "K3", "W11"], platform.NoRevenue.Select(c => c.ExternalId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAsync_Salesperson_FiguresEqualTheSumOfTheirOwnLines(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await Run.StartAsync(provider);
        var org = run.Example.Organization;
        var access = run.Access(AccessRole.Salesperson, VisibilityScope.OwnOnly(org.AlfaId, org.Seller1PersonId));

        var platform = await run.Query.GetAsync(access, Year, cancellationToken: ct);

        var lines = await run.Db.SalesLines.Where(l => l.CompanyId == org.AlfaId && l.SalespersonId == org.Seller1PersonId
                && l.Date >= Year.Start && l.Date <= Year.End)
            .Select(l => new { l.CustomerId, l.Revenue, l.Cost }).ToListAsync(ct);
        var expected = lines.GroupBy(l => l.CustomerId).Where(g => g.Sum(l => l.Revenue) > 0)
            .ToDictionary(g => g.Key, g => (g.Sum(l => l.Revenue), g.Sum(l => l.Cost)));
        Assert.Equal(expected, platform.Customers.ToDictionary(c => c.CustomerId, c => (c.Revenue, c.Cost)));
        Assert.Equal(PlatformExample.W02BySeller1, platform.Customers.Single(c => c.ExternalId == "W02").Revenue);
        Assert.Equal(lines.Sum(l => l.Revenue), platform.Total.Revenue);
        // Seller 2's meetings are not seller 1's sales cost.
        Assert.All(platform.Customers, c => Assert.Equal(0m, c.SalesCost));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAsync_UnitAndPersonFilters_NarrowToTheirPeopleAndNeverWiden(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await Run.StartAsync(provider);
        var org = run.Example.Organization;
        var director = run.Access(AccessRole.Director, VisibilityScope.WholeCompany(org.AlfaId));

        var south = await run.Query.GetAsync(director, Year, new PlatformFilter(UnitId: org.SouthUnitId), cancellationToken: ct);
        var seller2 = await run.Query.GetAsync(director, Year, new PlatformFilter(PersonId: run.Example.Seller2PersonId), cancellationToken: ct);
        var seller1 = await run.Query.GetAsync(director, Year, new PlatformFilter(PersonId: org.Seller1PersonId), cancellationToken: ct);

        Assert.Equal(seller2.Customers, south.Customers);
        Assert.Equal(56_800_000m, seller1.Total.Revenue + seller2.Total.Revenue);
        Assert.Equal(PlatformExample.MeetingsWithW04 * PlatformExample.MeetingCost, south.Total.SalesCost);

        var manager = run.Access(AccessRole.Manager, VisibilityScope.Units(org.AlfaId, new HashSet<int> { org.NorthUnitId }));
        await Assert.ThrowsAsync<NotFoundException>(() => run.Query.GetAsync(manager, Year, new PlatformFilter(UnitId: org.SouthUnitId), cancellationToken: ct));
        await Assert.ThrowsAsync<NotFoundException>(() => run.Query.GetAsync(manager, Year, new PlatformFilter(PersonId: run.Example.Seller2PersonId), cancellationToken: ct));
        var seller = run.Access(AccessRole.Salesperson, VisibilityScope.OwnOnly(org.AlfaId, org.Seller1PersonId));
        await Assert.ThrowsAsync<NotFoundException>(() => run.Query.GetAsync(seller, Year, new PlatformFilter(PersonId: run.Example.Seller2PersonId), cancellationToken: ct));
        var beta = run.Access(AccessRole.Director, VisibilityScope.WholeCompany(org.BetaId));
        await Assert.ThrowsAsync<NotFoundException>(() => run.Query.GetAsync(beta, Year, new PlatformFilter(UnitId: org.NorthUnitId), cancellationToken: ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAsync_Overrides_EverySettingMovesTheCustomersTheDomainSays(string provider)
    {
        await using var run = await Run.StartAsync(provider);
        var company = VisibilityScope.WholeCompany(run.Example.Organization.AlfaId);
        async Task<PlatformGroup> GroupOf(string id, PlatformOverrides overrides) =>
            (await run.Query.GetAsync(company, Year, overrides, TestContext.Current.CancellationToken)).Customers.Single(c => c.ExternalId == id).Group;

        Assert.Equal(PlatformGroup.PhaseOut, await GroupOf("W03", new(HighRevenueShare: 0.5m)));
        Assert.Equal(PlatformGroup.PhaseOut, await GroupOf("W04", new(MarginThreshold: 0.2m)));
        Assert.Equal(PlatformGroup.QuestionMark, await GroupOf("W10", new(ContributionFloor: 20_000m)));
        Assert.Equal(PlatformGroup.PhaseOut, await GroupOf("W09", new(ContributionFloor: 70_000m)));
        Assert.Equal(PlatformGroup.PhaseOut, await GroupOf("W04", new(MarginAfterSalesCost: true)));
        Assert.Equal(PlatformGroup.QuestionMark, await GroupOf("W04", new()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAsync_InvalidInput_IsAValidationError(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await Run.StartAsync(provider);
        var company = VisibilityScope.WholeCompany(run.Example.Organization.AlfaId);

        var week = await Assert.ThrowsAsync<ValidationFailedException>(() => run.Query.GetAsync(company, Period.Week(2024, 5), cancellationToken: ct));
        Assert.Equal(["The customer platform needs whole months (a year, fiscal year, quarter, month or rolling 12 months)."], week.Errors["period"]);
        Assert.Equal(["Kundeplattformen trenger hele måneder (et år, regnskapsår, kvartal, en måned eller rullerende 12 måneder)."],
            week.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
        var share = await Assert.ThrowsAsync<ValidationFailedException>(() => run.Query.GetAsync(company, Year, new(HighRevenueShare: 1.5m), ct));
        Assert.Equal(["The revenue share must be above 0 and at most 1."], share.Errors[nameof(PlatformOverrides.HighRevenueShare)]);
        await Assert.ThrowsAsync<ValidationFailedException>(() => run.Query.GetAsync(company, Year, new(HighRevenueShare: 0m), ct));
    }

    /// <summary>A migrated database with the worked example, and the query on it.</summary>
    [Fact]
    public void Overrides_OverallMargin_ReplacesTheCompanysFixedThresholdAndRefusesAFixedOneBeside()
    {
        var company = PlatformSettings.Default with { MarginThreshold = 0.30m };

        Assert.Null(new PlatformOverrides(OverallMargin: true).ApplyTo(company).MarginThreshold);
        Assert.Equal(0.30m, new PlatformOverrides().ApplyTo(company).MarginThreshold);
        Assert.Equal(0.20m, new PlatformOverrides(MarginThreshold: 0.20m).ApplyTo(company).MarginThreshold);
        var both = Assert.Throws<ValidationFailedException>(() => new PlatformOverrides(MarginThreshold: 0.20m, OverallMargin: true).ApplyTo(company));
        Assert.Contains(both.Errors.Keys, k => k == nameof(PlatformOverrides.MarginThreshold));
        Assert.Equal(["Give a fixed margin threshold or the overall margin, not both."], both.Errors[nameof(PlatformOverrides.MarginThreshold)]);
        Assert.Equal(["Oppgi en fast DG-terskel eller samlet DG, ikke begge."], both.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
    }

    private sealed class Run : IAsyncDisposable
    {
        private readonly TestDatabase database;
        private readonly AsyncServiceScope scope;

        private Run(TestDatabase database, PlatformExample example)
        {
            this.database = database;
            Example = example;
            scope = database.Services.CreateAsyncScope();
        }

        public PlatformExample Example { get; }

        public CustomerPlatformQuery Query => scope.ServiceProvider.GetRequiredService<CustomerPlatformQuery>();

        public SalgskraftDbContext Db => scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();

        public static async Task<Run> StartAsync(string provider)
        {
            var database = await TestDatabase.CreateAsync(provider);
            await database.MigrateAsync();
            return new Run(database, await PlatformExample.SeedAsync(database.Services));
        }

        public AccessContext Access(AccessRole role, VisibilityScope scope)
        {
            var company = new CompanyRef(scope.CompanyId, "x", "x", "NOK", "nb-NO");
            return new AccessContext("u", "u@test", role, scope.PersonId, null, company, [company], scope);
        }

        public IReadOnlyList<string> Ids(PlatformResult platform, PlatformGroup group) =>
            platform.Customers.Where(c => c.Group == group).Select(c => c.ExternalId).Order(StringComparer.Ordinal).ToList();

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
