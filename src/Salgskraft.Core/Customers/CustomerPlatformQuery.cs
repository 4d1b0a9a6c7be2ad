using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Customers;

/// <summary>
/// What-if overrides of the company's platform settings for one request (the CLI's and the page's "what if"); a null
/// keeps the company's value.
/// </summary>
public sealed record PlatformOverrides(
    decimal? HighRevenueShare = null,
    decimal? MarginThreshold = null,
    decimal? ContributionFloor = null,
    bool? MarginAfterSalesCost = null)
{
    /// <summary>The settings with these overrides applied.</summary>
    /// <exception cref="ValidationFailedException">A revenue share outside (0, 1].</exception>
    public PlatformSettings ApplyTo(PlatformSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (HighRevenueShare is <= 0m or > 1m)
        {
            throw new ValidationFailedException(nameof(HighRevenueShare), "The revenue share must be above 0 and at most 1.");
        }

        return settings with
        {
            HighRevenueShare = HighRevenueShare ?? settings.HighRevenueShare,
            MarginThreshold = MarginThreshold ?? settings.MarginThreshold,
            ContributionFloor = ContributionFloor ?? settings.ContributionFloor,
            MarginAfterSalesCost = MarginAfterSalesCost ?? settings.MarginAfterSalesCost,
        };
    }
}

/// <summary>
/// Which part of the caller's scope to look at: the whole of it, one unit (and those below it) or one salesperson.
/// Either may be given; a unit or person outside the caller's scope is not found.
/// </summary>
public sealed record PlatformFilter(int? UnitId = null, int? PersonId = null);

/// <summary>
/// The customer platform (DOMAIN.md §3) of a scope and period, computed from the month aggregate
/// (<see cref="Domain.Sales.CustomerMonthSales"/>) and the activities — never from the sales lines — and classified by
/// the pure <see cref="CustomerPlatform"/>. A salesperson's figures are the rows where they are the salesperson; a unit's
/// those of its people; the company's all rows.
/// </summary>
public sealed class CustomerPlatformQuery(SalgskraftDbContext db, PlatformSettingsService settingsService)
{
    /// <summary>The platform of what the caller may see, optionally narrowed to a unit or a salesperson.</summary>
    /// <exception cref="NotFoundException">The unit or person is not in the caller's scope.</exception>
    /// <exception cref="ValidationFailedException">The period is not whole months, or an override is out of range.</exception>
    public async Task<PlatformResult> GetAsync(AccessContext access, Period period, PlatformFilter? filter = null,
        PlatformOverrides? overrides = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var scope = await ScopeAsync(access.Scope, filter, cancellationToken);
        return await GetAsync(scope, period, overrides, cancellationToken);
    }

    /// <summary>The platform of a scope the caller has already resolved (for features that loop over salespeople).</summary>
    public async Task<PlatformResult> GetAsync(VisibilityScope scope, Period period, PlatformOverrides? overrides = null,
        CancellationToken cancellationToken = default)
    {
        var settings = await SettingsAsync(scope.CompanyId, overrides, cancellationToken);
        var figures = await FiguresAsync(scope, period, cancellationToken);
        return CustomerPlatform.Classify(figures, period, settings);
    }

    /// <summary>The company's settings with the overrides applied.</summary>
    public async Task<PlatformSettings> SettingsAsync(int companyId, PlatformOverrides? overrides, CancellationToken cancellationToken = default)
    {
        var settings = await settingsService.SettingsAsync(companyId, cancellationToken);
        return overrides?.ApplyTo(settings) ?? settings;
    }

    /// <summary>
    /// Narrows the caller's scope to a unit subtree or one person; never widens it.
    /// </summary>
    /// <exception cref="NotFoundException">The unit or person is not in the scope.</exception>
    public async Task<VisibilityScope> ScopeAsync(VisibilityScope scope, PlatformFilter? filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (filter?.UnitId is { } unitId)
        {
            if (!await db.Units(scope).AnyAsync(u => u.Id == unitId, cancellationToken))
            {
                throw new NotFoundException("No such unit.");
            }

            var units = await db.Units.Where(u => u.CompanyId == scope.CompanyId)
                .Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
            scope = scope.NarrowTo(UnitTree.SelfAndDescendants(unitId, units.Select(u => (u.Id, u.ParentId))));
        }

        if (filter?.PersonId is { } personId)
        {
            if (!await db.People(scope).AnyAsync(p => p.Id == personId, cancellationToken))
            {
                throw new NotFoundException("No such person.");
            }

            scope = VisibilityScope.OwnOnly(scope.CompanyId, personId);
        }

        return scope;
    }

    /// <summary>
    /// Every customer's figures in the period for the scope: revenue and cost from the month aggregate, sales cost from
    /// the activities × the cost per activity type plus the imported direct sales cost, first purchase (the earliest in
    /// the company, in any month) and potential. Customers the scope may see or has sold to, worked on or booked a cost on
    /// are all included, with or without revenue.
    /// </summary>
    /// <exception cref="ValidationFailedException">The period does not start on the first and end on the last of a month.</exception>
    public async Task<IReadOnlyList<CustomerPeriodFigures>> FiguresAsync(VisibilityScope scope, Period period,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        if (period.Start.Day != 1 || period.End.AddDays(1).Day != 1)
        {
            throw new ValidationFailedException("period", "The customer platform needs whole months (a year, fiscal year, quarter, month or rolling 12 months).");
        }

        var (start, end) = (period.Start, period.End);
        var rows = db.CustomerMonthSales(scope).Where(s => s.Month >= start && s.Month <= end);
        // An activity's cost counts for the scope of its performer, as sales count for their salesperson.
        var activities = db.Activities(scope).Where(a => a.CustomerId != null && a.Date >= start && a.Date <= end);

        var sales = await rows.GroupBy(s => s.CustomerId)
            .Select(g => new { CustomerId = g.Key, Revenue = g.Sum(s => s.Revenue), Cost = g.Sum(s => s.Cost) })
            .ToDictionaryAsync(s => s.CustomerId, cancellationToken);
        var activityCounts = (await activities.GroupBy(a => new { CustomerId = a.CustomerId!.Value, a.ActivityTypeId })
                .Select(g => new { g.Key.CustomerId, g.Key.ActivityTypeId, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.CustomerId);
        // Imported direct sales cost, summed per customer in the database, for the scope of the person it is booked on.
        var directCosts = db.DirectSalesCosts(scope).Where(d => d.Date >= start && d.Date <= end);
        var directCost = await directCosts.GroupBy(d => d.CustomerId)
            .Select(g => new { CustomerId = g.Key, Amount = g.Sum(d => d.Amount) })
            .ToDictionaryAsync(d => d.CustomerId, d => d.Amount, cancellationToken);
        var costPerActivity = await db.ActivityTypes.Where(t => t.CompanyId == scope.CompanyId)
            .ToDictionaryAsync(t => t.Id, t => t.CostPerActivity, cancellationToken);

        var visible = db.Customers(scope).Select(c => c.Id);
        var soldTo = rows.Select(s => s.CustomerId);
        var workedOn = activities.Select(a => a.CustomerId!.Value);
        var costed = directCosts.Select(d => d.CustomerId);
        // The whole company sees every customer, so the union of four sets is only asked for below it.
        var customers = scope.IsWholeCompany
            ? db.Customers.Where(c => c.CompanyId == scope.CompanyId)
            : db.Customers.Where(c => c.CompanyId == scope.CompanyId)
                .Where(c => visible.Contains(c.Id) || soldTo.Contains(c.Id) || workedOn.Contains(c.Id) || costed.Contains(c.Id));
        // Over the whole company, unfiltered: one pass of the aggregate is cheaper than matching it to the customers.
        var firstPurchase = await db.CustomerMonthSales.Where(s => s.CompanyId == scope.CompanyId)
            .GroupBy(s => s.CustomerId)
            .Select(g => new { CustomerId = g.Key, First = g.Min(s => s.FirstPurchase) })
            .ToDictionaryAsync(f => f.CustomerId, f => f.First, cancellationToken);

        var list = await customers
            .Select(c => new { c.Id, c.ExternalId, c.Name, c.Potential, c.OwnerId, c.UnitId })
            .ToListAsync(cancellationToken);
        return list.Select(c =>
        {
            var figures = sales.GetValueOrDefault(c.Id);
            var salesCost = SalesCost.Of(
                activityCounts[c.Id].ToDictionary(a => a.ActivityTypeId, a => a.Count), costPerActivity, directCost.GetValueOrDefault(c.Id));
            return new CustomerPeriodFigures(
                c.Id, c.ExternalId, c.Name, figures?.Revenue ?? 0m, figures?.Cost ?? 0m, salesCost,
                firstPurchase.TryGetValue(c.Id, out var first) ? first : null, c.Potential, c.OwnerId, c.UnitId);
        }).ToList();
    }
}
