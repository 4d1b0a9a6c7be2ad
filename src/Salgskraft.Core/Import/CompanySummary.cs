using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Data;

namespace Salgskraft.Core.Import;

/// <summary>What a company holds, for checking an import: counts, and the revenue and cost of a year (all years when null).</summary>
public sealed record CompanySummary(int Customers, int Products, int People, long SalesLines, int Activities, int Deals, decimal Revenue, decimal Cost);

/// <summary>Counts a company's data; revenue and cost come from the sales aggregate, which every writer keeps in step.</summary>
public sealed class CompanySummaryQuery(SalgskraftDbContext db)
{
    public async Task<CompanySummary> GetAsync(int companyId, int? year, CancellationToken cancellationToken = default)
    {
        var from = year is { } y ? new DateOnly(y, 1, 1) : DateOnly.MinValue;
        var to = year is { } z ? new DateOnly(z, 12, 31) : DateOnly.MaxValue;
        var months = await db.CustomerMonthSales.AsNoTracking()
            .Where(m => m.CompanyId == companyId && m.Month >= from && m.Month <= to)
            .Select(m => new { m.Revenue, m.Cost })
            .ToListAsync(cancellationToken);
        return new CompanySummary(
            await db.Customers.CountAsync(c => c.CompanyId == companyId, cancellationToken),
            await db.Products.CountAsync(p => p.CompanyId == companyId, cancellationToken),
            await db.People.CountAsync(p => p.CompanyId == companyId, cancellationToken),
            await db.SalesLines.LongCountAsync(l => l.CompanyId == companyId, cancellationToken),
            await db.Activities.CountAsync(a => a.CompanyId == companyId, cancellationToken),
            await db.Deals.CountAsync(d => d.CompanyId == companyId, cancellationToken),
            months.Sum(m => m.Revenue),
            months.Sum(m => m.Cost));
    }
}
