using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Customers;

/// <summary>
/// Builds the <see cref="PlatformAnalysis"/> (every view of the platform) from the month aggregate and activities, with
/// the pure rules of <c>Domain.Customers</c>. Like <see cref="CustomerPlatformQuery"/> it never reads sales lines.
/// </summary>
public sealed class PlatformAnalysisQuery(SalgskraftDbContext db, CustomerPlatformQuery platform, PlatformSettingsService settingsService)
{
    /// <exception cref="Common.NotFoundException">The unit or person is not in the caller's scope.</exception>
    /// <exception cref="Common.ValidationFailedException">The period is not whole months, or an override is out of range.</exception>
    public async Task<PlatformAnalysis> GetAsync(AccessContext access, Period period, PlatformFilter? filter = null,
        PlatformOverrides? overrides = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(period);
        var scope = await platform.ScopeAsync(access.Scope, filter, cancellationToken);
        var settings = await platform.SettingsAsync(scope.CompanyId, overrides, cancellationToken);
        var previousPeriod = period.Previous();

        var current = await platform.FiguresAsync(scope, period, cancellationToken);
        var previous = await platform.FiguresAsync(scope, previousPeriod, cancellationToken);
        var currentPlatform = CustomerPlatform.Classify(current, period, settings);
        var previousPlatform = CustomerPlatform.Classify(previous, previousPeriod, settings);
        var movement = GroupMovement.Between(previousPlatform, currentPlatform);
        var potentials = PotentialClasses.Classify(current, settings.PotentialClasses);
        var grid = PotentialGrid.Of(currentPlatform, potentials);
        var ansoff = AnsoffSplit.Of(await AnsoffRowsAsync(scope, period, current, cancellationToken), period);
        var stages = DevelopmentStages.Of(await FrequenciesAsync(scope, period, current, cancellationToken), settings.DevelopmentStages);
        var loss = CustomerLoss.Between(previous, current);
        var targets = (await settingsService.GetAsync(scope.CompanyId, cancellationToken)).Targets;

        var placed = currentPlatform.Customers.ToDictionary(c => c.CustomerId);
        var before = previousPlatform.Customers.ToDictionary(c => c.CustomerId, c => (PlatformPosition)c.Group);
        var previousRevenue = previous.ToDictionary(c => c.CustomerId, c => c.Revenue);
        var potentialOf = potentials.Customers.ToDictionary(c => c.CustomerId);
        var stageOf = stages.Customers.ToDictionary(c => c.CustomerId);
        var lost = loss.CustomerIds.ToHashSet();
        var currentIds = current.Select(c => c.CustomerId).ToHashSet();

        // Lost customers a salesperson no longer sells to are in the previous figures only; they are listed too.
        var rows = current.Concat(previous.Where(c => !currentIds.Contains(c.CustomerId)).Select(c => c with { Revenue = 0m, Cost = 0m, SalesCost = 0m }))
            .Select(c =>
            {
                var p = placed.GetValueOrDefault(c.CustomerId);
                var potential = potentialOf.GetValueOrDefault(c.CustomerId);
                var stage = stageOf.GetValueOrDefault(c.CustomerId);
                return new PlatformCustomerRow(
                    c.CustomerId, c.ExternalId, c.Name,
                    p is null ? PlatformPosition.NotPlaced : (PlatformPosition)p.Group,
                    p?.IsNew ?? false,
                    c.Revenue, c.Cost, c.Contribution, c.Revenue != 0 ? c.Contribution / c.Revenue : null, c.SalesCost, c.ContributionAfterSalesCost,
                    before.GetValueOrDefault(c.CustomerId, PlatformPosition.NotPlaced),
                    previousRevenue.GetValueOrDefault(c.CustomerId),
                    c.Potential,
                    potential?.Class ?? PotentialClass.Unknown,
                    potential?.ShareOfWallet,
                    stage?.Stage ?? DevelopmentStage.Prospect,
                    stage?.MonthsWithPurchases ?? 0,
                    lost.Contains(c.CustomerId));
            })
            .OrderByDescending(r => r.Revenue).ThenBy(r => r.ExternalId, StringComparer.Ordinal).ThenBy(r => r.CustomerId)
            .ToList();

        return new PlatformAnalysis(period, access.Company.Currency, currentPlatform, previousPlatform, movement, potentials, grid,
            ansoff, stages, loss, targets, rows);
    }

    /// <summary>Each customer's period revenue split into existing and new products (from the aggregate's new-product revenue).</summary>
    private async Task<List<AnsoffRevenue>> AnsoffRowsAsync(VisibilityScope scope, Period period,
        IReadOnlyList<CustomerPeriodFigures> figures, CancellationToken cancellationToken)
    {
        var split = await db.CustomerMonthSales(scope).Where(s => s.Month >= period.Start && s.Month <= period.End)
            .GroupBy(s => s.CustomerId)
            .Select(g => new { CustomerId = g.Key, Revenue = g.Sum(s => s.Revenue), New = g.Sum(s => s.NewProductRevenue) })
            .ToListAsync(cancellationToken);
        var first = figures.ToDictionary(f => f.CustomerId, f => f.FirstPurchase);
        return split.SelectMany(s => new[]
            {
                new AnsoffRevenue(s.CustomerId, s.Revenue - s.New, false, first.GetValueOrDefault(s.CustomerId)),
                new AnsoffRevenue(s.CustomerId, s.New, true, first.GetValueOrDefault(s.CustomerId)),
            })
            .Where(r => r.Revenue != 0m)
            .ToList();
    }

    /// <summary>Months with net purchases in the twelve ending with the period, per customer in the figures.</summary>
    private async Task<List<PurchaseFrequency>> FrequenciesAsync(VisibilityScope scope, Period period,
        IReadOnlyList<CustomerPeriodFigures> figures, CancellationToken cancellationToken)
    {
        var window = Period.Rolling12Months(period.End.Year, period.End.Month);
        var months = (await db.CustomerMonthSales(scope).Where(s => s.Month >= window.Start && s.Month <= window.End)
                .GroupBy(s => new { s.CustomerId, s.Month })
                .Select(g => new { g.Key.CustomerId, Revenue = g.Sum(s => s.Revenue) })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.CustomerId);
        return figures.Select(f => new PurchaseFrequency(
            f.CustomerId, months[f.CustomerId].Count(m => m.Revenue > 0), months[f.CustomerId].Sum(m => m.Revenue), f.Potential)).ToList();
    }
}
