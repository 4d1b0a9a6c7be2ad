using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Core.Import;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Customers;

/// <summary>Imported direct sales cost on the worked example: added to the activity cost, by scope, and undone with its import.</summary>
public sealed class DirectSalesCostTests
{
    private static readonly Period Year = Period.Year(PlatformExample.Year);

    // W04 (seller 2's) gets 12 500,50 + 7 499,50 booked on its owner and 1 000 on seller 1; the 2025 row is outside the
    // year; W01 (seller 1's) gets 3 000.
    private const string File = "Kunde;Dato;Beløp;Selger;Notat\n" +
        "W04;15.03.2024;12 500,50;;Messe\n" +
        "W04;20.11.2024;7 499,50;;Reise\n" +
        "W04;30.06.2024;1 000;P-S1;Vareprøver\n" +
        "W04;05.01.2025;99 999;;Neste år\n" +
        "W01;01.02.2024;3 000;;\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_DirectSalesCost_AddsToActivityCostPerScopeAndUndoes(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var example = await PlatformExample.SeedAsync(database.Services);
        var org = example.Organization;

        var result = await ImportAsync(database, org.AlfaId, File);
        var again = await ImportAsync(database, org.AlfaId, File);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        Assert.Equal((5L, 5L), (result.Counts.Rows, result.Counts.Added));
        Assert.Equal((0L, 0L, 5L), (again.Counts.Added, again.Counts.Updated, again.Counts.Unchanged));
        var activityCost = PlatformExample.MeetingsWithW04 * PlatformExample.MeetingCost; // 40 × 2 500 = 100 000
        var company = await SalesCostsAsync(database, VisibilityScope.WholeCompany(org.AlfaId));
        Assert.Equal(activityCost + 12_500.50m + 7_499.50m + 1_000m, company["W04"]); // 121 000
        Assert.Equal(3_000m, company["W01"]);
        Assert.All(company.Where(c => c.Key is not ("W01" or "W04")), c => Assert.Equal(0m, c.Value));
        // Seller 2 held the meetings and owns W04; seller 1 has the samples and W01.
        var seller2 = await SalesCostsAsync(database, VisibilityScope.OwnOnly(org.AlfaId, example.Seller2PersonId));
        Assert.Equal(activityCost + 20_000m, seller2["W04"]);
        var seller1 = await SalesCostsAsync(database, VisibilityScope.OwnOnly(org.AlfaId, org.Seller1PersonId));
        Assert.Equal((1_000m, 3_000m), (seller1["W04"], seller1["W01"]));

        // After sales cost W04's contribution is 342 000 − 121 000 = 221 000.
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var platform = await scope.ServiceProvider.GetRequiredService<CustomerPlatformQuery>()
                .GetAsync(VisibilityScope.WholeCompany(org.AlfaId), Year, new PlatformOverrides(MarginAfterSalesCost: true), ct);
            Assert.Equal(221_000m, platform.Customers.Single(c => c.ExternalId == "W04").ContributionAfterSalesCost);
        }

        await UndoAsync(database, org.AlfaId, result.BatchId!.Value);
        Assert.Equal(0, await QueryAsync(database, db => db.DirectSalesCosts.CountAsync(ct)));
        Assert.Equal(activityCost, (await SalesCostsAsync(database, VisibilityScope.WholeCompany(org.AlfaId)))["W04"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_DirectSalesCost_VoucherIdUpsertsAndBadRowsWriteNothing(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);

        var first = await ImportAsync(database, org.AlfaId, "Bilagsnr;Kundenr;Dato;Beløp\nB1;K1;01.03.2026;500\nB2;K2;02.03.2026;700\n");
        var corrected = await ImportAsync(database, org.AlfaId, "Voucher;Customer;Date;Amount\nB1;K1;01.03.2026;450\n");
        var bad = await ImportAsync(database, org.AlfaId, "Kundenr;Dato;Beløb\nK404;01.03.2026;100\nK1;01.03.2026;\n");
        var beta = await ImportAsync(database, org.BetaId, "Kundenr;Dato;Beløb\nK1;01.03.2026;100\n");

        Assert.Equal((2L, 0L), (first.Counts.Added, first.Counts.Updated));
        Assert.True(corrected.Succeeded, string.Join(" | ", corrected.Errors));
        Assert.Equal((0L, 1L), (corrected.Counts.Added, corrected.Counts.Updated));
        Assert.False(bad.Succeeded);
        Assert.Equal([(2L, "unknown customer 'K404'; import the customer first"), (3L, "amount is required and empty")],
            bad.Errors.Select(e => (e.Line, e.Reason)));
        Assert.True(beta.Succeeded);
        var alfa = await QueryAsync(database, db => db.DirectSalesCosts.Where(c => c.CompanyId == org.AlfaId).OrderBy(c => c.ExternalId)
            .Select(c => new { c.ExternalId, c.Amount, c.PersonId }).ToListAsync(ct));
        var seller2 = await QueryAsync(database, db => db.People.Where(p => p.CompanyId == org.AlfaId && p.ExternalId == "P-S2").Select(p => p.Id).SingleAsync(ct));
        // Without a salesperson column a cost is booked on the customer's owner.
        Assert.Equal([("B1", 450m, (int?)org.Seller1PersonId), ("B2", 700m, seller2)], alfa.Select(c => (c.ExternalId, c.Amount, c.PersonId)));

        await UndoAsync(database, org.AlfaId, corrected.BatchId!.Value);
        Assert.Equal(500m, await QueryAsync(database, db => db.DirectSalesCosts.Where(c => c.ExternalId == "B1" && c.CompanyId == org.AlfaId).Select(c => c.Amount).SingleAsync(ct)));
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase database, int companyId, string csv)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var request = new ImportRequest { CompanyId = companyId, Kind = ImportKind.SalesCosts, FileName = "kostnader.csv", ImportedBy = "test" };
        return await scope.ServiceProvider.GetRequiredService<Importer>()
            .ImportAsync(request, new MemoryStream(Encoding.UTF8.GetBytes(csv)), TestContext.Current.CancellationToken);
    }

    private static async Task UndoAsync(TestDatabase database, int companyId, int batchId)
    {
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Importer>().UndoAsync(companyId, batchId, "test", TestContext.Current.CancellationToken);
    }

    private static async Task<T> QueryAsync<T>(TestDatabase database, Func<SalgskraftDbContext, Task<T>> query)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>());
    }

    /// <summary>Sales cost per customer (external id) in the example's year for the scope.</summary>
    private static async Task<Dictionary<string, decimal>> SalesCostsAsync(TestDatabase database, VisibilityScope scope)
    {
        await using var services = database.Services.CreateAsyncScope();
        var figures = await services.ServiceProvider.GetRequiredService<CustomerPlatformQuery>()
            .FiguresAsync(scope, Year, TestContext.Current.CancellationToken);
        return figures.ToDictionary(f => f.ExternalId, f => f.SalesCost, StringComparer.Ordinal);
    }
}
