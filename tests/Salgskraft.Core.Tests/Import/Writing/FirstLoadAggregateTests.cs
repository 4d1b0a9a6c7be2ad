using System.Text;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Sales;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Import.Writing;

/// <summary>
/// A sales-line import into a company without lines sums the month aggregate while reading (<see cref="MonthSums"/>);
/// whatever it writes must be what <see cref="SalesAggregate.RefreshAsync"/> computes from the lines.
/// </summary>
public sealed class FirstLoadAggregateTests
{
    private const string Header = SalesLineImportTests.Header;

    // Beta's known customer K1 and salesperson P-BS beside new ones; a line without salesperson; credit notes; four
    // decimals; two salespeople in one customer-month; the product marked new (NY1), a new product in the group marked
    // new (GNY), and one in an ordinary group.
    private const string File = Header
        + "F1;1;12.01.2026;K1;;P-BS;NY1;;2;1 000,5050;600,2525\n"
        + "F1;2;12.01.2026;K1;;P-BS;V2;GNY;1;200,00;50,00\n"
        + "F2;1;03.01.2026;K1;;P-NY;V3;G1;1;−300,00;−100,00\n"
        + "F3;1;28.02.2026;K9;Ny Kunde ApS;;V2;GNY;1;99,9999;0\n"
        + "F4;1;01.02.2026;K9;;P-NY;V3;G1;1;1,0001;0,0001\n"
        + "F5;1;15.03.2025;K1;;P-BS;;;1;10;5\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FirstLoad_TheSummedAggregateIsWhatARefreshFromTheLinesComputes(string provider)
    {
        await using var bed = await BetaWithoutLinesAsync(provider);

        var result = await bed.ImportAsync(ImportKind.SalesLines, File, companyId: bed.Org.BetaId);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        var summed = await AggregateAsync(bed);
        Assert.Contains("K1 P-BS 2026-01-01 1200.505 650.2525 1200.505 2 2026-01-12", summed, StringComparison.Ordinal);
        Assert.Contains("K9 - 2026-02-01 99.9999 0 99.9999 1 2026-02-28", summed, StringComparison.Ordinal);
        await RefreshAsync(bed);
        Assert.Equal(await AggregateAsync(bed), summed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FirstLoad_AProductWhoseNewGroupComesOnALaterLine_FallsBackToTheRefreshAndStillAgrees(string provider)
    {
        await using var bed = await BetaWithoutLinesAsync(provider);

        // V7's first line names no group, so it was summed as not new before its second line puts it in the new group.
        var result = await bed.ImportAsync(ImportKind.SalesLines, Header
            + "F1;1;12.01.2026;K1;;P-BS;V7;;1;100;10\n"
            + "F2;1;13.01.2026;K1;;P-BS;V7;GNY;1;50;5\n", companyId: bed.Org.BetaId);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        var imported = await AggregateAsync(bed);
        Assert.Contains("K1 P-BS 2026-01-01 150 15 150 2 2026-01-12", imported, StringComparison.Ordinal);
        await RefreshAsync(bed);
        Assert.Equal(await AggregateAsync(bed), imported);
    }

    [Fact]
    public void MonthSums_AddsPerCustomerSalespersonAndMonth_AndGivesUpPastItsCapacity()
    {
        var sums = new MonthSums(capacity: 3);
        sums.Add("K1", "S1", new DateOnly(2026, 1, 31), 10.00005m, 4m, newProduct: true);
        sums.Add("K1", "S1", new DateOnly(2026, 1, 2), -2.5m, -1m, newProduct: false);
        sums.Add("K1", null, new DateOnly(2026, 1, 2), 1m, 0m, newProduct: false);
        sums.Add("K2", "S1", new DateOnly(2026, 2, 1), 1m, 0m, newProduct: false);

        var rows = sums.Rows(new Dictionary<string, int> { ["K1"] = 11, ["K2"] = 12 }, new Dictionary<string, int> { ["S1"] = 21 })
            .OrderBy(r => r.CustomerId).ThenBy(r => r.SalespersonId).ThenBy(r => r.Month).ToList();
        Assert.Equal(
        [
            new MonthRow(11, null, new DateOnly(2026, 1, 1), 10_000, 0, 0, 1, new DateOnly(2026, 1, 2)),
            new MonthRow(11, 21, new DateOnly(2026, 1, 1), 75_001, 30_000, 100_001, 2, new DateOnly(2026, 1, 2)),
            new MonthRow(12, 21, new DateOnly(2026, 2, 1), 10_000, 0, 0, 1, new DateOnly(2026, 2, 1)),
        ], rows);

        sums.Add("K3", "S1", new DateOnly(2026, 2, 1), 1m, 0m, newProduct: false);
        Assert.True(sums.GaveUp);
        Assert.Equal(0, sums.Count);
    }

    /// <summary>Beta with its seeded line and aggregate removed, a product marked new (NY1) and a group marked new (GNY).</summary>
    private static async Task<ImportBed> BetaWithoutLinesAsync(string provider)
    {
        var bed = await ImportBed.CreateAsync(provider);
        var beta = bed.Org.BetaId;
        await bed.QueryAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            await db.CustomerMonthSales.Where(m => m.CompanyId == beta).ExecuteDeleteAsync(ct);
            await db.SalesLines.Where(l => l.CompanyId == beta).ExecuteDeleteAsync(ct);
            db.ProductGroups.Add(new ProductGroup { CompanyId = beta, ExternalId = "GNY", Name = "Nyheter", IsNew = true });
            db.Products.Add(new Product { CompanyId = beta, ExternalId = "NY1", Name = "Nyhet", IsNew = true });
            return await db.SaveChangesAsync(ct);
        });
        return bed;
    }

    private static Task<int> RefreshAsync(ImportBed bed) => bed.QueryAsync(async db =>
    {
        await SalesAggregate.RefreshAsync(db, bed.Org.BetaId, cancellationToken: TestContext.Current.CancellationToken);
        return 0;
    });

    /// <summary>Beta's aggregate as text, by external ids (a refresh renumbers the rows).</summary>
    private static Task<string> AggregateAsync(ImportBed bed) => bed.QueryAsync(async db =>
    {
        var rows = await (from m in db.CustomerMonthSales.Where(m => m.CompanyId == bed.Org.BetaId)
                          join c in db.Customers on m.CustomerId equals c.Id
                          join p in db.People on m.SalespersonId equals p.Id into ps
                          from p in ps.DefaultIfEmpty()
                          select new { Customer = c.ExternalId, Person = p == null ? "-" : p.ExternalId, m.Month, m.Revenue, m.Cost, m.NewProductRevenue, m.Lines, m.FirstPurchase })
            .ToListAsync(TestContext.Current.CancellationToken);
        var text = new StringBuilder();
        foreach (var r in rows.OrderBy(r => r.Customer, StringComparer.Ordinal).ThenBy(r => r.Person, StringComparer.Ordinal).ThenBy(r => r.Month))
        {
            text.AppendLine(FormattableString.Invariant(
                $"{r.Customer} {r.Person} {r.Month:yyyy-MM-dd} {r.Revenue:0.####} {r.Cost:0.####} {r.NewProductRevenue:0.####} {r.Lines} {r.FirstPurchase:yyyy-MM-dd}"));
        }

        return text.ToString();
    });
}
