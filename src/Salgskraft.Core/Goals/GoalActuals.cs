using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Goals;

/// <summary>
/// Whose figures a goal is measured on: one company, and either everybody (a company goal) or the salespeople of a
/// unit subtree or one person.
/// </summary>
/// <param name="CompanyId">The company.</param>
/// <param name="People">The salespeople whose figures count; null for the whole company.</param>
/// <param name="Units">For a unit's goal, the unit subtree (the customer platform is scoped by units, not people).</param>
public sealed record GoalOwnerScope(int CompanyId, IReadOnlyList<int>? People, IReadOnlySet<int>? Units = null);

/// <summary>
/// The actual of each goal kind, measured from the data (docs/goals.md §7). Money kinds read the month aggregate
/// <c>CustomerMonthSales</c>; only the product-group kind and periods that do not start on the first of a month
/// (weeks) read the sales lines, aggregated in the database. KPIs read activities and deals. Kinds the data cannot
/// measure (customer satisfaction) return null: their actual is entered by hand. The platform-group share is the
/// owner's customer platform (<see cref="CustomerPlatformQuery"/>) over the whole months of the span.
/// </summary>
public sealed class GoalActuals(SalgskraftDbContext db, CustomerPlatformQuery platform)
{
    /// <summary>The figures a goal owner's actuals are taken from: a person's own, a unit subtree's people, or the company's.</summary>
    public async Task<GoalOwnerScope> ScopeAsync(int companyId, GoalOwnerLevel level, int ownerId, CancellationToken cancellationToken = default)
    {
        switch (level)
        {
            case GoalOwnerLevel.Person:
                return new(companyId, [ownerId]);
            case GoalOwnerLevel.Unit:
                var units = await db.Units.Where(u => u.CompanyId == companyId).Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
                var subtree = UnitTree.SelfAndDescendants(ownerId, units.Select(u => (u.Id, u.ParentId)));
                var people = await db.People.Where(p => p.CompanyId == companyId && p.UnitId != null && subtree.Contains(p.UnitId.Value))
                    .Select(p => p.Id).ToListAsync(cancellationToken);
                return new(companyId, people, subtree);
            default:
                return new(companyId, null);
        }
    }

    /// <summary>
    /// The actual of <paramref name="kind"/> from <paramref name="from"/> through <paramref name="to"/> (both included);
    /// null when the data cannot measure it. Per-week KPIs divide by the working weeks of the span.
    /// </summary>
    public async Task<decimal?> MeasureAsync(GoalOwnerScope owner, GoalKind kind, string? subject, DateOnly from, DateOnly to,
        HolidayCountry country, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            return kind.Accrual() == GoalAccrual.Cumulative ? 0m : null;
        }

        switch (kind)
        {
            case GoalKind.Revenue:
                return (await SalesAsync(owner, from, to, cancellationToken)).Revenue;
            case GoalKind.Contribution:
                var c = await SalesAsync(owner, from, to, cancellationToken);
                return c.Revenue - c.Cost;
            case GoalKind.MarginPercent:
                var m = await SalesAsync(owner, from, to, cancellationToken);
                return new Margin(m.Revenue, m.Cost).Ratio;
            case GoalKind.NewCustomerRevenue:
                return await NewCustomerRevenueAsync(owner, from, to, cancellationToken);
            case GoalKind.ExistingCustomerGrowth:
                return await ExistingCustomerGrowthAsync(owner, from, to, cancellationToken);
            case GoalKind.CustomerLoss:
                return await CustomerLossAsync(owner, from, to, cancellationToken);
            case GoalKind.ProductGroupRevenue:
                return await ProductGroupRevenueAsync(owner, subject, from, to, cancellationToken);
            case GoalKind.PlatformGroupShare:
                return await PlatformGroupShareAsync(owner, subject, from, to, cancellationToken);
            case GoalKind.PipelineValue:
                return await Deals(owner).Where(d => d.Status == DealStatus.Open).SumAsync(d => d.Value, cancellationToken);
            case GoalKind.ClosingRate:
                var closed = await Deals(owner).Where(d => d.ClosedOn >= from && d.ClosedOn <= to && d.Status != DealStatus.Open)
                    .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
                var won = closed.Where(x => x.Status == DealStatus.Won).Sum(x => x.Count);
                var all = closed.Sum(x => x.Count);
                return all == 0 ? null : (decimal)won / all;
            case GoalKind.QualifiedMeetingsPerWeek:
                return PerWeek(await Activities(owner, DefaultActivityTypes.Meeting, from, to).CountAsync(a => a.Qualified, cancellationToken), country, from, to);
            case GoalKind.VisitsPerWeek:
                return PerWeek(await Activities(owner, DefaultActivityTypes.Meeting, from, to)
                    .CountAsync(a => a.Channel == ActivityChannel.FaceToFace, cancellationToken), country, from, to);
            case GoalKind.ActivityCount:
                return subject is null ? null : await Activities(owner, subject, from, to).CountAsync(cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>
    /// Probability-weighted value of the owner's open deals expected to close after <paramref name="today"/> and by
    /// <paramref name="periodEnd"/>; for a product-group goal only the deals in that group.
    /// </summary>
    public async Task<decimal> WeightedPipelineAsync(GoalOwnerScope owner, string? productGroup, DateOnly today, DateOnly periodEnd,
        CancellationToken cancellationToken = default)
    {
        var deals = Deals(owner).Where(d => d.Status == DealStatus.Open && d.ExpectedClose > today && d.ExpectedClose <= periodEnd);
        if (productGroup is not null)
        {
            deals = deals.Where(d => db.ProductGroups.Any(g => g.Id == d.ProductGroupId && g.ExternalId == productGroup));
        }

        return await deals.Join(db.DealStages, d => d.StageId, s => s.Id, (d, s) => d.Value * s.Probability).SumAsync(cancellationToken);
    }

    /// <summary>Revenue per calendar month (index 0 = January) over the twelve months from <paramref name="from"/>.</summary>
    public async Task<decimal[]> MonthlyRevenueAsync(GoalOwnerScope owner, DateOnly from, CancellationToken cancellationToken = default)
    {
        var start = new DateOnly(from.Year, from.Month, 1);
        var rows = await MonthRows(owner).Where(s => s.Month >= start && s.Month < start.AddMonths(12))
            .GroupBy(s => s.Month).Select(g => new { Month = g.Key, Revenue = g.Sum(s => s.Revenue) }).ToListAsync(cancellationToken);
        var profile = new decimal[12];
        foreach (var row in rows)
        {
            profile[row.Month.Month - 1] += row.Revenue;
        }

        return profile;
    }

    /// <summary>Revenue and cost per month from <paramref name="from"/> through <paramref name="to"/>, first of month as key.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, (decimal Revenue, decimal Cost)>> MonthlySalesAsync(GoalOwnerScope owner, DateOnly from,
        DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = new DateOnly(from.Year, from.Month, 1);
        var rows = await MonthRows(owner).Where(s => s.Month >= start && s.Month <= to)
            .GroupBy(s => s.Month).Select(g => new { Month = g.Key, Revenue = g.Sum(s => s.Revenue), Cost = g.Sum(s => s.Cost) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Month, r => (r.Revenue, r.Cost));
    }

    private static decimal PerWeek(int count, HolidayCountry country, DateOnly from, DateOnly to)
    {
        var weeks = WorkingDays.Weeks(country, from, to);
        return weeks == 0 ? 0 : decimal.Round(count / weeks, 2);
    }

    private async Task<(decimal Revenue, decimal Cost)> SalesAsync(GoalOwnerScope owner, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (from.Day == 1)
        {
            var months = MonthRows(owner).Where(s => s.Month >= from && s.Month <= to);
            return (await months.SumAsync(s => s.Revenue, cancellationToken), await months.SumAsync(s => s.Cost, cancellationToken));
        }

        var lines = Lines(owner).Where(l => l.Date >= from && l.Date <= to);
        return (await lines.SumAsync(l => l.Revenue, cancellationToken), await lines.SumAsync(l => l.Cost, cancellationToken));
    }

    /// <summary>Revenue from customers whose first purchase with the company (from anyone) falls in the span.</summary>
    private async Task<decimal> NewCustomerRevenueAsync(GoalOwnerScope owner, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var newCustomers = CustomersFirstBuying(owner.CompanyId, from, to.AddDays(1));
        var start = new DateOnly(from.Year, from.Month, 1);
        return await MonthRows(owner).Where(s => s.Month >= start && s.Month <= to && newCustomers.Contains(s.CustomerId))
            .SumAsync(s => s.Revenue, cancellationToken);
    }

    /// <summary>
    /// Growth in existing customers (those who bought before the span): their revenue in the span less their revenue
    /// over the same months a year earlier.
    /// </summary>
    private async Task<decimal> ExistingCustomerGrowthAsync(GoalOwnerScope owner, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var existing = CustomersFirstBuying(owner.CompanyId, DateOnly.MinValue, from);
        var start = new DateOnly(from.Year, from.Month, 1);
        var rows = MonthRows(owner).Where(s => existing.Contains(s.CustomerId));
        var now = await rows.Where(s => s.Month >= start && s.Month <= to).SumAsync(s => s.Revenue, cancellationToken);
        var before = await rows.Where(s => s.Month >= start.AddYears(-1) && s.Month <= to.AddYears(-1)).SumAsync(s => s.Revenue, cancellationToken);
        return now - before;
    }

    /// <summary>Customers with revenue in the period before whose revenue in this period (so far) is not above zero.</summary>
    private async Task<decimal> CustomerLossAsync(GoalOwnerScope owner, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = new DateOnly(from.Year, from.Month, 1);
        var length = ((to.Year - start.Year) * 12) + to.Month - start.Month + 1;
        var previousStart = start.AddMonths(-Math.Max(length, 12));
        var rows = await MonthRows(owner).Where(s => s.Month >= previousStart && s.Month <= to)
            .GroupBy(s => new { s.CustomerId, Current = s.Month >= start })
            .Select(g => new { g.Key.CustomerId, g.Key.Current, Revenue = g.Sum(s => s.Revenue) }).ToListAsync(cancellationToken);
        var buyingNow = rows.Where(r => r.Current && r.Revenue > 0).Select(r => r.CustomerId).ToHashSet();
        return rows.Count(r => !r.Current && r.Revenue > 0 && !buyingNow.Contains(r.CustomerId));
    }

    /// <summary>
    /// The share of the owner's revenue from customers in the subject group (Key, Star, QuestionMark, PhaseOut). The
    /// platform is made of whole months, so a span that ends mid-month (expected-by-now) counts its last month so far.
    /// </summary>
    private async Task<decimal?> PlatformGroupShareAsync(GoalOwnerScope owner, string? subject, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PlatformGroup>(subject, ignoreCase: true, out var group) || !Enum.IsDefined(group) || from.Day != 1)
        {
            return null;
        }

        var scope = owner switch
        {
            { Units: { } units } => VisibilityScope.Units(owner.CompanyId, units),
            { People: null } => VisibilityScope.WholeCompany(owner.CompanyId),
            { People: [var person] } => VisibilityScope.OwnOnly(owner.CompanyId, person),
            _ => null,
        };
        if (scope is null)
        {
            return null;
        }

        var end = new DateOnly(to.Year, to.Month, 1).AddMonths(1).AddDays(-1);
        var result = await platform.GetAsync(scope, new Period(PeriodKind.Month, from, end), cancellationToken: cancellationToken);
        return result.Total.Revenue > 0 ? result[group].ShareOfRevenue : null;
    }

    private async Task<decimal> ProductGroupRevenueAsync(GoalOwnerScope owner, string? group, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (group is null)
        {
            return 0;
        }

        var products = db.Products.Where(p => p.CompanyId == owner.CompanyId
            && db.ProductGroups.Any(g => g.Id == p.ProductGroupId && g.ExternalId == group)).Select(p => (int?)p.Id);
        return await Lines(owner).Where(l => l.Date >= from && l.Date <= to && products.Contains(l.ProductId)).SumAsync(l => l.Revenue, cancellationToken);
    }

    /// <summary>The company's customers whose first purchase (from anyone) is on or after <paramref name="from"/> and before <paramref name="before"/>.</summary>
    private IQueryable<int> CustomersFirstBuying(int companyId, DateOnly from, DateOnly before) =>
        db.CustomerMonthSales.Where(s => s.CompanyId == companyId).GroupBy(s => s.CustomerId)
            .Where(g => g.Min(s => s.FirstPurchase) >= from && g.Min(s => s.FirstPurchase) < before).Select(g => g.Key);

    private IQueryable<Domain.Sales.CustomerMonthSales> MonthRows(GoalOwnerScope owner)
    {
        var q = db.CustomerMonthSales.Where(s => s.CompanyId == owner.CompanyId);
        return owner.People is { } people ? q.Where(s => s.SalespersonId != null && people.Contains(s.SalespersonId.Value)) : q;
    }

    private IQueryable<Domain.Sales.SalesLine> Lines(GoalOwnerScope owner)
    {
        var q = db.SalesLines.Where(l => l.CompanyId == owner.CompanyId);
        return owner.People is { } people ? q.Where(l => l.SalespersonId != null && people.Contains(l.SalespersonId.Value)) : q;
    }

    private IQueryable<Deal> Deals(GoalOwnerScope owner)
    {
        var q = db.Deals.Where(d => d.CompanyId == owner.CompanyId);
        return owner.People is { } people ? q.Where(d => people.Contains(d.PersonId)) : q;
    }

    private IQueryable<Activity> Activities(GoalOwnerScope owner, string typeCode, DateOnly from, DateOnly to)
    {
        var q = db.Activities.Where(a => a.CompanyId == owner.CompanyId && a.Date >= from && a.Date <= to
            && db.ActivityTypes.Any(t => t.Id == a.ActivityTypeId && t.Code == typeCode));
        return owner.People is { } people ? q.Where(a => people.Contains(a.PersonId)) : q;
    }
}
