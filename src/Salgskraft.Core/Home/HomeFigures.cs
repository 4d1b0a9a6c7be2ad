using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Home;

/// <summary>Revenue, contribution and margin for one span of days.</summary>
public sealed record Figures(decimal Revenue, decimal Cost)
{
    public decimal Contribution => Revenue - Cost;

    public decimal? Margin => new Margin(Revenue, Cost).Ratio;
}

public sealed record MonthFigures(int Month, decimal Revenue, decimal LastYearRevenue);

/// <summary>
/// The home dashboard: this year to date against the same days last year, and last year in full,
/// for what the user may see (optionally narrowed to one unit).
/// </summary>
public sealed record HomeDashboard(
    int Year,
    DateOnly From,
    DateOnly To,
    Figures YearToDate,
    Figures LastYearSamePeriod,
    Figures LastYear,
    IReadOnlyList<MonthFigures> Months,
    string Currency);

public sealed class HomeFiguresQuery(SalgskraftDbContext db, TimeProvider clock)
{
    public async Task<HomeDashboard> GetAsync(AccessContext access, int? year = null, int? unitId = null,
        CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var y = year ?? today.Year;
        var to = y < today.Year ? new DateOnly(y, 12, 31) : y == today.Year ? today : new DateOnly(y, 1, 1).AddDays(-1);
        var from = new DateOnly(y, 1, 1);
        var lastYearTo = to.AddYears(-1);

        var scope = await ScopeAsync(access, unitId, cancellationToken);
        var months = await db.SalesLines(scope)
            .Where(l => l.Date >= new DateOnly(y - 1, 1, 1) && l.Date <= new DateOnly(y, 12, 31))
            .GroupBy(l => new { l.Date.Year, l.Date.Month, InSpan = l.Date <= lastYearTo || (l.Date >= from && l.Date <= to) })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.InSpan, Revenue = g.Sum(l => l.Revenue), Cost = g.Sum(l => l.Cost) })
            .ToListAsync(cancellationToken);

        Figures Sum(Func<int, bool, bool> include) => new(
            months.Where(m => include(m.Year, m.InSpan)).Sum(m => m.Revenue),
            months.Where(m => include(m.Year, m.InSpan)).Sum(m => m.Cost));

        return new HomeDashboard(
            y,
            from,
            to,
            Sum((year, inSpan) => year == y && inSpan),
            Sum((year, inSpan) => year == y - 1 && inSpan),
            Sum((year, _) => year == y - 1),
            Enumerable.Range(1, 12).Select(month => new MonthFigures(
                month,
                months.Where(m => m.Year == y && m.Month == month).Sum(m => m.Revenue),
                months.Where(m => m.Year == y - 1 && m.Month == month).Sum(m => m.Revenue))).ToList(),
            access.Company.Currency);
    }

    private async Task<VisibilityScope> ScopeAsync(AccessContext access, int? unitId, CancellationToken cancellationToken)
    {
        if (unitId is null)
        {
            return access.Scope;
        }

        var units = await db.Units.Where(u => u.CompanyId == access.Company.Id)
            .Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        return access.Scope.NarrowTo(UnitTree.SelfAndDescendants(unitId.Value, units.Select(u => (u.Id, u.ParentId))));
    }
}
