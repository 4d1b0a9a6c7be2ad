using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Access;

/// <summary>The access rule's SQL form (decision 0009) selects exactly the rows of its LINQ form, for every kind of scope.</summary>
public sealed class VisibleSqlTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryRule_SelectsTheRowsOfTheLinqRule_ForEveryScope(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var example = await PlatformExample.SeedAsync(database.Services);
        var org = example.Organization;
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        // Direct costs on each seller and on no one (the company's only).
        db.DirectSalesCosts.AddRange(
            new DirectSalesCost { CompanyId = org.AlfaId, ExternalId = "D1", CustomerId = example.CustomerIds["W01"], PersonId = org.Seller1PersonId, Date = new(2024, 3, 1), Amount = 100m },
            new DirectSalesCost { CompanyId = org.AlfaId, ExternalId = "D2", CustomerId = example.CustomerIds["W04"], PersonId = example.Seller2PersonId, Date = new(2024, 3, 1), Amount = 200m },
            new DirectSalesCost { CompanyId = org.AlfaId, ExternalId = "D3", CustomerId = example.CustomerIds["W05"], Date = new(2024, 3, 1), Amount = 300m });
        // Customers seen through their owner only (no unit, or another unit than the owner's), and one with neither.
        db.Customers.AddRange(
            new Customer { CompanyId = org.AlfaId, ExternalId = "O1", Name = "Owner only", OwnerId = org.Seller1PersonId },
            new Customer { CompanyId = org.AlfaId, ExternalId = "O2", Name = "Owner in North, unit South", OwnerId = org.Seller1PersonId, UnitId = org.SouthUnitId },
            new Customer { CompanyId = org.AlfaId, ExternalId = "O3", Name = "No one's" });
        await db.SaveChangesAsync(ct);
        var sql = SqlReads.Over(db);

        var north1 = await db.Units.Where(u => u.CompanyId == org.AlfaId && u.ExternalId == "N1").Select(u => u.Id).SingleAsync(ct);
        VisibilityScope[] scopes =
        [
            VisibilityScope.WholeCompany(org.AlfaId),
            VisibilityScope.WholeCompany(org.BetaId),
            VisibilityScope.Units(org.AlfaId, new HashSet<int> { org.NorthUnitId }),
            VisibilityScope.Units(org.AlfaId, new HashSet<int> { org.SouthUnitId }),
            VisibilityScope.Units(org.AlfaId, new HashSet<int> { org.NorthUnitId, north1 }),
            VisibilityScope.Units(org.AlfaId, new HashSet<int> { org.NorthUnitId, north1, org.SouthUnitId }),
            VisibilityScope.Units(org.AlfaId, new HashSet<int>()),
            // Another company's unit, asked for under Alfa: nothing.
            VisibilityScope.Units(org.AlfaId, await db.Units.Where(u => u.CompanyId == org.BetaId).Select(u => u.Id).ToHashSetAsync(ct)),
            VisibilityScope.OwnOnly(org.AlfaId, org.Seller1PersonId),
            VisibilityScope.OwnOnly(org.AlfaId, example.Seller2PersonId),
            VisibilityScope.OwnOnly(org.AlfaId, 0),
        ];
        foreach (var s in scopes)
        {
            async Task Same(IQueryable<long> linq, string table, Func<SqlArguments, string> condition)
            {
                var arguments = new SqlArguments();
                var fromSql = await sql.ListAsync($"""SELECT CAST(x."Id" AS bigint) FROM "{table}" AS x WHERE {condition(arguments)}""", arguments, r => r.GetInt64(0), ct);
                var expected = (await linq.ToListAsync(ct)).Order().ToList();
                Assert.True(expected.SequenceEqual(fromSql.Order()), $"{table} for {Describe(s)}: LINQ [{string.Join(',', expected)}], SQL [{string.Join(',', fromSql.Order())}]");
            }

            await Same(db.People(s).Select(x => (long)x.Id), "People", a => VisibleSql.People(s, "x", a));
            await Same(db.Units(s).Select(x => (long)x.Id), "Units", a => VisibleSql.Units(s, "x", a));
            await Same(db.Customers(s).Select(x => (long)x.Id), "Customers", a => VisibleSql.Customers(s, "x", a));
            await Same(db.SalesLines(s).Select(x => x.Id), "SalesLines", a => VisibleSql.ByPerson(s, "x", "SalespersonId", a));
            await Same(db.CustomerMonthSales(s).Select(x => x.Id), "CustomerMonthSales", a => VisibleSql.ByPerson(s, "x", "SalespersonId", a));
            await Same(db.Activities(s).Select(x => (long)x.Id), "Activities", a => VisibleSql.ByPerson(s, "x", "PersonId", a));
            await Same(db.DirectSalesCosts(s).Select(x => (long)x.Id), "DirectSalesCosts", a => VisibleSql.ByPerson(s, "x", "PersonId", a));
        }
    }

    private static string Describe(VisibilityScope scope) =>
        scope.PersonId is { } person ? $"person {person} of company {scope.CompanyId}"
        : scope.UnitIds is { } units ? $"units [{string.Join(',', units.Order())}] of company {scope.CompanyId}"
        : $"company {scope.CompanyId}";
}
