using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Sales;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Sales;

public sealed class SalesAggregateTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefreshAsync_AllMonths_EqualsTheLinesPerCustomerSalespersonAndMonth(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();

        await SalesAggregate.RefreshAsync(db, org.AlfaId, cancellationToken: ct);

        var rows = await db.CustomerMonthSales.Where(s => s.CompanyId == org.AlfaId).ToListAsync(ct);
        var seller1Feb = Assert.Single(rows, r => r.CustomerId == org.Seller1CustomerId && r.Month == new DateOnly(2026, 2, 1));
        Assert.Equal((1000.50m, 600.25m, 1, new DateOnly(2026, 2, 10)), (seller1Feb.Revenue, seller1Feb.Cost, seller1Feb.Lines, seller1Feb.FirstPurchase));
        Assert.Equal(TestOrganization.Seller1Revenue, rows.Where(r => r.SalespersonId == org.Seller1PersonId && r.Month.Year == 2026).Sum(r => r.Revenue));
        Assert.Equal(TestOrganization.Seller1Cost, rows.Where(r => r.SalespersonId == org.Seller1PersonId && r.Month.Year == 2026).Sum(r => r.Cost));
        Assert.Equal(8, rows.Sum(r => r.Lines));
        Assert.DoesNotContain(await db.CustomerMonthSales.ToListAsync(ct), r => r.CompanyId == org.BetaId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefreshAsync_OneMonthAfterAChange_UpdatesThatMonthOnlyAndCountsNewProducts(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        await SalesAggregate.RefreshAsync(db, org.AlfaId, cancellationToken: ct);

        var group = new ProductGroup { CompanyId = org.AlfaId, ExternalId = "NY", Name = "Ny", IsNew = true };
        db.ProductGroups.Add(group);
        await db.SaveChangesAsync(ct);
        var product = new Product { CompanyId = org.AlfaId, ExternalId = "V1", Name = "Vare", ProductGroupId = group.Id };
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        db.SalesLines.Add(new SalesLine
        {
            CompanyId = org.AlfaId, Date = new DateOnly(2026, 2, 3), InvoiceNo = "F9", LineNo = 1, CustomerId = org.Seller1CustomerId,
            SalespersonId = org.Seller1PersonId, ProductId = product.Id, Quantity = 1, Revenue = 0.0001m, Cost = 0m,
        });
        await db.SaveChangesAsync(ct);

        await SalesAggregate.RefreshAsync(db, org.AlfaId, new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 3), ct);

        var feb = await db.CustomerMonthSales.SingleAsync(
            s => s.CustomerId == org.Seller1CustomerId && s.Month == new DateOnly(2026, 2, 1), ct);
        Assert.Equal((1000.5001m, 0.0001m, 2, new DateOnly(2026, 2, 3)), (feb.Revenue, feb.NewProductRevenue, feb.Lines, feb.FirstPurchase));
        Assert.Equal(8, await db.CustomerMonthSales.CountAsync(s => s.CompanyId == org.AlfaId, ct));
    }
}
