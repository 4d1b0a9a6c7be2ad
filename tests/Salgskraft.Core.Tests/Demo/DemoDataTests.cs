using Salgskraft.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Tests.Demo;

/// <summary>One database loaded once for the read-only checks; tests that load again make their own.</summary>
public sealed class LoadedDemoDatabase : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    public TestDatabase Database { get; } = TestDatabase.Sqlite();

    public IReadOnlyList<DemoLogin> Logins { get; private set; } = [];

    public static async Task<IReadOnlyList<DemoLogin>> LoadAsync(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await DemoData.LoadAsync(services.GetRequiredService<SalgskraftDbContext>(), services.GetRequiredService<UserAdmin>(),
            services.GetRequiredService<CompanyAdmin>(), new FakeTimeProvider(Now), TestContext.Current.CancellationToken);
    }

    public async ValueTask InitializeAsync()
    {
        await Database.MigrateAsync();
        Logins = await LoadAsync(Database);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public sealed class DemoDataTests(LoadedDemoDatabase loaded) : IClassFixture<LoadedDemoDatabase>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(LoadedDemoDatabase.Now.Date);

    [Fact]
    public async Task LoadAsync_EmptyDatabase_StoresWhatTheGeneratorMade()
    {
        await using var scope = loaded.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();

        foreach (var set in DemoData.Generate(Today))
        {
            var company = await db.Companies.SingleAsync(c => c.Slug == set.Slug, TestContext.Current.CancellationToken);
            var lines = await db.SalesLines.Where(l => l.CompanyId == company.Id).Select(l => new { l.Revenue, l.Cost })
                .ToListAsync(TestContext.Current.CancellationToken);

            Assert.Equal((set.Name, "NOK", "nb-NO"), (company.Name, company.Currency, company.Culture));
            Assert.Equal(set.Units.Count, await db.Units.CountAsync(u => u.CompanyId == company.Id, TestContext.Current.CancellationToken));
            Assert.Equal(set.People.Count, await db.People.CountAsync(p => p.CompanyId == company.Id, TestContext.Current.CancellationToken));
            Assert.Equal(set.Customers.Count, await db.Customers.CountAsync(c => c.CompanyId == company.Id, TestContext.Current.CancellationToken));
            Assert.Equal(set.Products.Count, await db.Products.CountAsync(p => p.CompanyId == company.Id, TestContext.Current.CancellationToken));
            Assert.Equal(set.ProductGroups.Count, await db.ProductGroups.CountAsync(g => g.CompanyId == company.Id, TestContext.Current.CancellationToken));
            Assert.Equal(set.Lines.Count, lines.Count);
            Assert.Equal(set.Lines.Sum(l => l.Revenue), lines.Sum(l => l.Revenue));
            Assert.Equal(set.Lines.Sum(l => l.Cost), lines.Sum(l => l.Cost));
        }
    }

    [Fact]
    public async Task LoadAsync_EmptyDatabase_CreatesEveryLoginWithItsMembership()
    {
        await using var scope = loaded.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        Assert.Same(DemoData.Logins, loaded.Logins);
        foreach (var login in loaded.Logins)
        {
            var user = await users.FindByEmailAsync(login.Email);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, DemoData.Password));
            var membership = await (from m in db.Memberships
                                    join c in db.Companies on m.CompanyId equals c.Id
                                    where m.UserId == user.Id && c.Slug == login.Company
                                    select new { m.Role, Person = db.People.Where(p => p.Id == m.PersonId).Select(p => p.ExternalId).SingleOrDefault() })
                .SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((login.Role, login.PersonExternalId), (membership.Role, membership.Person));
        }

        var admin = await users.FindByEmailAsync("admin@salgskraft.no");
        Assert.Equal(2, await db.Memberships.CountAsync(m => m.UserId == admin!.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LoadAsync_LoadedDatabase_RefusesAndLeavesItUnchanged()
    {
        var before = await CountsAsync(loaded.Database);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => LoadedDemoDatabase.LoadAsync(loaded.Database));

        Assert.Contains("database", error.Errors.Keys);
        Assert.Equal(before, await CountsAsync(loaded.Database));
    }

    [Fact]
    public async Task IsDatabaseEmptyAsync_LoadedDatabase_IsFalse()
    {
        await using var scope = loaded.Database.Services.CreateAsyncScope();

        Assert.False(await DemoData.IsDatabaseEmptyAsync(scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>(),
            TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LoadAsync_LoadedDatabase_CustomerPlatformOfLastFullYearShowsAllFourGroups()
    {
        await using var scope = loaded.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var company = await db.Companies.SingleAsync(c => c.Slug == DemoData.RegnskapPafunnSlug, TestContext.Current.CancellationToken);
        var (from, to) = (new DateOnly(Today.Year - 1, 1, 1), new DateOnly(Today.Year - 1, 12, 31));
        var lines = await db.SalesLines.Where(l => l.CompanyId == company.Id && l.Date >= from && l.Date <= to)
            .Select(l => new { l.CustomerId, l.Revenue, l.Cost }).ToListAsync(TestContext.Current.CancellationToken);

        var groups = DemoPlatform.Classify(lines.GroupBy(l => l.CustomerId)
            .ToDictionary(g => g.Key, g => (g.Sum(l => l.Revenue), g.Sum(l => l.Cost))));

        Assert.All(Enum.GetValues<DemoPlatform.Group>(), g => Assert.Contains(g, groups.Values));
    }

    [Fact]
    public async Task LoadAsync_LoadedDatabase_ManagersSitAboveTheirSalespeople()
    {
        await using var scope = loaded.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var units = await db.Units.Select(u => new { u.Id, u.ParentId }).ToListAsync(TestContext.Current.CancellationToken);
        var people = await db.People.ToListAsync(TestContext.Current.CancellationToken);

        foreach (var (manager, salesperson) in new[] { ("MB", DemoData.SteeringPlatformPersonExternalId), ("TOS-SS", "TOS-S1") })
        {
            var managed = UnitTree.SelfAndDescendants(people.Single(p => p.ExternalId == manager).UnitId!.Value,
                units.Select(u => (u.Id, u.ParentId)));
            Assert.Contains(people.Single(p => p.ExternalId == salesperson).UnitId!.Value, managed);
        }
    }

    [Fact]
    public async Task LoadAsync_TwoEmptyDatabases_GiveIdenticalData()
    {
        await using var first = TestDatabase.Sqlite();
        await using var second = TestDatabase.Sqlite();
        await first.MigrateAsync();
        await second.MigrateAsync();

        await LoadedDemoDatabase.LoadAsync(first);
        await LoadedDemoDatabase.LoadAsync(second);

        Assert.Equal(await SumsAsync(first), await SumsAsync(second));
    }

    [Fact]
    public async Task LoadAsync_DatabaseWithACompany_RefusesWithoutAddingAnything()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var companies = scope.ServiceProvider.GetRequiredService<CompanyAdmin>();
            await companies.AddAsync("acme", "Acme AS", cancellationToken: TestContext.Current.CancellationToken);
            Assert.False(await DemoData.IsDatabaseEmptyAsync(scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>(),
                TestContext.Current.CancellationToken));
        }

        await Assert.ThrowsAsync<ValidationFailedException>(() => LoadedDemoDatabase.LoadAsync(database));

        Assert.Equal((1, 0, 0), await CountsAsync(database));
    }

    [Fact]
    public async Task IsDatabaseEmptyAsync_MigratedEmptyDatabase_IsTrue()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        await using var scope = database.Services.CreateAsyncScope();

        Assert.True(await DemoData.IsDatabaseEmptyAsync(scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>(),
            TestContext.Current.CancellationToken));
    }

    private static async Task<(int Companies, int Lines, int Users)> CountsAsync(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        return (await db.Companies.CountAsync(TestContext.Current.CancellationToken),
            await db.SalesLines.CountAsync(TestContext.Current.CancellationToken),
            await db.Users.CountAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Per company and customer number: line count, revenue and cost.</summary>
    private static async Task<List<(string, string, int, decimal, decimal)>> SumsAsync(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var rows = await (from l in db.SalesLines
                          join c in db.Customers on l.CustomerId equals c.Id
                          join co in db.Companies on l.CompanyId equals co.Id
                          select new { co.Slug, c.ExternalId, l.Revenue, l.Cost })
            .ToListAsync(TestContext.Current.CancellationToken);
        return rows.GroupBy(r => (r.Slug, r.ExternalId))
            .Select(g => (g.Key.Slug, g.Key.ExternalId, g.Count(), g.Sum(r => r.Revenue), g.Sum(r => r.Cost)))
            .OrderBy(r => r.Slug, StringComparer.Ordinal).ThenBy(r => r.ExternalId, StringComparer.Ordinal)
            .ToList();
    }
}
