using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Core.Customers;

/// <summary>One year of a customer: figures, share of wallet, and where the customer stood on that year's platform.</summary>
public sealed record CustomerYear(
    int Year,
    decimal Revenue,
    decimal Cost,
    decimal Contribution,
    decimal? Margin,
    decimal? ShareOfWallet,
    PlatformPosition Position,
    bool IsNew);

/// <summary>A customer's figures in one product group and year; <see cref="ProductGroup"/> is null for lines without one.</summary>
public sealed record CustomerProductGroupYear(int Year, string? ProductGroup, decimal Revenue, decimal Cost, decimal Contribution, decimal? Margin);

/// <summary>The customer page: who the customer is, its years with group history, and its product groups per year.</summary>
public sealed record CustomerPage(
    int CustomerId,
    string ExternalId,
    string Name,
    string? Segment,
    string? Owner,
    string? Unit,
    decimal? Potential,
    bool IsDevelopmentCustomer,
    DateOnly? FirstPurchase,
    string Currency,
    IReadOnlyList<CustomerYear> Years,
    IReadOnlyList<CustomerProductGroupYear> ProductGroups);

/// <summary>
/// The data of one customer's page, for what the caller may see of it. The only customer-platform read of sales lines,
/// and only this customer's (by the customer index), for the split by product group the aggregate does not keep.
/// </summary>
public sealed class CustomerPageQuery(SalgskraftDbContext db, CustomerPlatformQuery platform)
{
    /// <summary>The years shown: the most recent ones with sales.</summary>
    public const int YearsShown = 5;

    /// <exception cref="NotFoundException">The customer does not exist or is not in the caller's scope.</exception>
    public async Task<CustomerPage> GetAsync(AccessContext access, int customerId, PlatformFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var scope = await platform.ScopeAsync(access.Scope, filter, cancellationToken);
        // The scope's own customers, and those it sold to (a salesperson's sale to a colleague's customer).
        if (!await db.Customers(scope).AnyAsync(c => c.Id == customerId, cancellationToken)
            && !await db.CustomerMonthSales(scope).AnyAsync(s => s.CustomerId == customerId, cancellationToken))
        {
            throw new NotFoundException(AccessReasons.NoSuchCustomer());
        }

        var customer = await db.Customers.Where(c => c.CompanyId == scope.CompanyId && c.Id == customerId)
            .Select(c => new
            {
                c.Id, c.ExternalId, c.Name, c.Segment, c.Potential, c.IsDevelopmentCustomer,
                Owner = db.People.Where(p => p.Id == c.OwnerId).Select(p => p.Name).FirstOrDefault(),
                Unit = db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(AccessReasons.NoSuchCustomer());

        var groups = await (
                from l in db.SalesLines(scope).Where(l => l.CustomerId == customerId)
                join p in db.Products on l.ProductId equals p.Id into products
                from p in products.DefaultIfEmpty()
                join g in db.ProductGroups on p.ProductGroupId equals g.Id into productGroups
                from g in productGroups.DefaultIfEmpty()
                group l by new { l.Date.Year, Group = g.Name } into y
                select new { y.Key.Year, y.Key.Group, Revenue = y.Sum(l => l.Revenue), Cost = y.Sum(l => l.Cost) })
            .ToListAsync(cancellationToken);
        var shownYears = groups.Select(g => g.Year).Distinct().OrderDescending().Take(YearsShown).Order().ToList();

        var firstPurchase = await db.CustomerMonthSales.Where(s => s.CompanyId == scope.CompanyId && s.CustomerId == customerId)
            .MinAsync(s => (DateOnly?)s.FirstPurchase, cancellationToken);
        var years = new List<CustomerYear>();
        foreach (var year in shownYears)
        {
            // The group comes from the whole scope's platform of that year: the thresholds are relative to all customers.
            var placed = (await platform.GetAsync(scope, Period.Year(year), cancellationToken: cancellationToken))
                .Customers.SingleOrDefault(c => c.CustomerId == customerId);
            var revenue = groups.Where(g => g.Year == year).Sum(g => g.Revenue);
            var cost = groups.Where(g => g.Year == year).Sum(g => g.Cost);
            years.Add(new CustomerYear(year, revenue, cost, revenue - cost, new Margin(revenue, cost).Ratio,
                PotentialClasses.ShareOfWallet(revenue, customer.Potential),
                placed is null ? PlatformPosition.NotPlaced : (PlatformPosition)placed.Group, placed?.IsNew ?? false));
        }

        var byGroup = groups.Where(g => shownYears.Contains(g.Year))
            .OrderBy(g => g.Year).ThenByDescending(g => g.Revenue).ThenBy(g => g.Group, StringComparer.Ordinal)
            .Select(g => new CustomerProductGroupYear(g.Year, g.Group, g.Revenue, g.Cost, g.Revenue - g.Cost, new Margin(g.Revenue, g.Cost).Ratio))
            .ToList();
        return new CustomerPage(customer.Id, customer.ExternalId, customer.Name, customer.Segment, customer.Owner, customer.Unit,
            customer.Potential, customer.IsDevelopmentCustomer, firstPurchase, access.Company.Currency, years, byGroup);
    }
}
