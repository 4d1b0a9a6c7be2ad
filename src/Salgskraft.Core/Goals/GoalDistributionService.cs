using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Goals;

/// <summary>
/// A unit goal to distribute (docs/goals.md §2). <paramref name="Method"/> is a wire name (<c>even</c>,
/// <c>lastYear</c>, <c>trailing12</c>, <c>potential</c>, <c>pipeline</c>, <c>mix</c>); <paramref name="Weights"/> are
/// the mix's weights by wire name; <paramref name="Adjustments"/> fix some people's targets by hand (person id as key);
/// <paramref name="Months"/> also splits each person's year target into month goals by their last year's profile.
/// </summary>
public sealed record DistributionRequest(
    GoalKind Metric,
    string Period,
    decimal Total,
    string Method,
    bool DryRun = true,
    int? UnitId = null,
    string? Subject = null,
    IReadOnlyDictionary<string, decimal>? Weights = null,
    IReadOnlyDictionary<string, decimal>? Adjustments = null,
    bool Months = false,
    string? Comment = null);

public sealed record DistributionMonth(string Period, decimal Target);

/// <summary>One person's part; <paramref name="GoalId"/> is set once the goal is proposed.</summary>
public sealed record DistributionPartDto(int PersonId, string Name, decimal Basis, decimal Target, bool IsManual, IReadOnlyList<DistributionMonth>? Months,
    int? GoalId);

public sealed record DistributionResult(GoalKind Metric, string Period, decimal Total, string Method, int UnitId, string UnitName,
    IReadOnlyList<DistributionPartDto> Parts, int? UnitGoalId);

/// <summary>
/// Distributes a unit goal to the unit's salespeople with the domain's <see cref="DistributionMethods"/>: the figures
/// per person come from the data (last year's actual of the metric, the last twelve whole months, customer potential,
/// open pipeline). Without <c>dryRun</c> the unit goal is stored and each part becomes a person goal proposed by the
/// caller (an existing goal of the same metric and period gets the new target proposed as a change).
/// </summary>
public sealed class GoalDistributionService(SalgskraftDbContext db, GoalActuals actuals, GoalService goals, TimeProvider clock)
{
    public async Task<DistributionResult> DistributeAsync(AccessContext access, DistributionRequest request, CancellationToken cancellationToken = default)
    {
        var period = GoalRules.ParsePeriod(request.Period);
        if (!DistributionMethods.TryParse(request.Method, out var method))
        {
            throw new ValidationFailedException("method", GoalReasons.NotAMethod(request.Method));
        }

        if (request.Metric.Accrual() != GoalAccrual.Cumulative)
        {
            throw new ValidationFailedException("metric", request.Metric switch
            {
                GoalKind.MarginPercent => GoalReasons.MarginPercentNotDistributable(),
                GoalKind.CustomerLoss => GoalReasons.CustomerLossNotDistributable(),
                GoalKind.PlatformGroupShare => GoalReasons.PlatformGroupShareNotDistributable(),
                GoalKind.PipelineValue => GoalReasons.PipelineValueNotDistributable(),
                GoalKind.QualifiedMeetingsPerWeek => GoalReasons.QualifiedMeetingsPerWeekNotDistributable(),
                GoalKind.VisitsPerWeek => GoalReasons.VisitsPerWeekNotDistributable(),
                GoalKind.ClosingRate => GoalReasons.ClosingRateNotDistributable(),
                GoalKind.CustomerSatisfaction => GoalReasons.CustomerSatisfactionNotDistributable(),
                _ => GoalReasons.MetricNotDistributable((int)request.Metric),
            });
        }

        if (request.Metric.NeedsSubject() && string.IsNullOrWhiteSpace(request.Subject))
        {
            throw new ValidationFailedException("subject", request.Metric switch
            {
                GoalKind.ProductGroupRevenue => GoalReasons.ProductGroupRevenueToDistributeNeedsSubject(),
                GoalKind.PlatformGroupShare => GoalReasons.PlatformGroupShareToDistributeNeedsSubject(),
                _ => GoalReasons.ActivityCountToDistributeNeedsSubject(),
            });
        }

        if (access.Role == AccessRole.Salesperson)
        {
            throw new ValidationFailedException("unitId", GoalReasons.SalespersonHasNoUnit());
        }

        var (unitId, unitName) = await UnitAsync(access, request.UnitId, cancellationToken);
        var owner = await actuals.ScopeAsync(access.Company.Id, GoalOwnerLevel.Unit, unitId, cancellationToken);
        var people = await db.People(access.Scope)
            .Where(p => owner.People!.Contains(p.Id) && (p.Role == PersonRole.Salesperson || p.Role == PersonRole.ServiceAdvisor))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            throw new ValidationFailedException("unitId", GoalReasons.NoSalespeople(unitName));
        }

        var weights = MixWeights(method, request.Weights);
        var needed = method == DistributionMethod.Mix ? weights!.Keys.ToHashSet() : [method];
        var country = GoalRules.Country(access.Company.Culture);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var candidates = new List<DistributionCandidate>();
        foreach (var person in people)
        {
            var scope = new GoalOwnerScope(access.Company.Id, [person.Id]);
            var previous = period.Previous();
            var trailing = Period.Rolling12Months(today.AddMonths(-1).Year, today.AddMonths(-1).Month);
            candidates.Add(new DistributionCandidate(
                person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                person.Name,
                needed.Contains(DistributionMethod.LastYear) ? Math.Max(0, await actuals.MeasureAsync(scope, request.Metric, request.Subject, previous.Start, previous.End, country, cancellationToken) ?? 0) : 0,
                needed.Contains(DistributionMethod.Trailing12) ? Math.Max(0, await actuals.MeasureAsync(scope, request.Metric, request.Subject, trailing.Start, trailing.End, country, cancellationToken) ?? 0) : 0,
                needed.Contains(DistributionMethod.Potential) ? await db.Customers.Where(c => c.CompanyId == access.Company.Id && c.OwnerId == person.Id).SumAsync(c => c.Potential ?? 0, cancellationToken) : 0,
                needed.Contains(DistributionMethod.Pipeline) ? await db.Deals.Where(d => d.CompanyId == access.Company.Id && d.PersonId == person.Id && d.Status == DealStatus.Open).SumAsync(d => d.Value, cancellationToken) : 0));
        }

        IReadOnlyList<DistributionPart> parts;
        try
        {
            parts = DistributionMethods.Distribute(request.Total, method, candidates, weights, request.Adjustments);
        }
        catch (ArgumentException e) when (GoalReasons.OfRefusal(e) is { } rule)
        {
            throw new ValidationFailedException(e.ParamName switch { "manualTargets" => "adjustments", "mixWeights" => "weights", "total" => "total", _ => "method" }, rule);
        }

        var months = new Dictionary<string, IReadOnlyList<MonthTarget>>(StringComparer.Ordinal);
        if (request.Months)
        {
            if (period.Kind is not (PeriodKind.Year or PeriodKind.FiscalYear))
            {
                throw new ValidationFailedException("months", GoalReasons.MonthGoalsFromYearGoal());
            }

            foreach (var part in parts)
            {
                var history = await actuals.MonthlyRevenueAsync(new GoalOwnerScope(access.Company.Id, [int.Parse(part.Key, System.Globalization.CultureInfo.InvariantCulture)]),
                    period.Start.AddYears(-1), cancellationToken);
                // The profile is by calendar month; a fiscal year starts in another month, so rotate it to the year's order.
                var ordered = Enumerable.Range(0, 12).Select(i => history[(period.Start.Month - 1 + i) % 12]).ToList();
                months[part.Key] = Seasonality.SplitYear(part.Target, period, ordered);
            }
        }

        var dtos = parts.Select(p => new DistributionPartDto(
            int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Basis, p.Target, p.IsManual,
            months.TryGetValue(p.Key, out var m) ? [.. m.Select(x => new DistributionMonth(x.Month.ToString(), x.Target))] : null, null)).ToList();
        if (request.DryRun)
        {
            return new DistributionResult(request.Metric, period.ToString(), request.Total, method.WireName(), unitId, unitName, dtos, null);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var unitGoal = await SaveUnitGoalAsync(access, request, period, unitId, ct);
            var created = new List<DistributionPartDto>();
            foreach (var part in dtos)
            {
                var goal = await db.Goals.SingleOrDefaultAsync(g => g.CompanyId == access.Company.Id && g.OwnerLevel == GoalOwnerLevel.Person
                    && g.OwnerId == part.PersonId && g.Kind == request.Metric && g.Subject == unitGoal.Subject && g.PeriodStart == period.Start
                    && g.PeriodEnd == period.End && g.AgreementState != GoalAgreementState.Withdrawn, ct);
                if (goal is null)
                {
                    goal = NewGoal(access, request, period, GoalOwnerLevel.Person, part.PersonId, part.Target, unitGoal.Subject);
                    goal.ParentGoalId = unitGoal.Id;
                    await goals.AddAsync(access, goal, request.Comment, ct);
                }
                else if (goal.Target != part.Target)
                {
                    goal.ParentGoalId = unitGoal.Id;
                    await goals.ChangeAgreementAsync(access, goal, new AgreementRequest(GoalAgreementAction.Propose, part.Target, request.Comment), ct);
                }

                await SaveMonthGoalsAsync(access, request, goal, part, ct);
                created.Add(part with { GoalId = goal.Id });
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new DistributionResult(request.Metric, period.ToString(), request.Total, method.WireName(), unitId, unitName, created, unitGoal.Id);
        }, cancellationToken);
    }

    private async Task<StoredGoal> SaveUnitGoalAsync(AccessContext access, DistributionRequest request, Period period, int unitId, CancellationToken ct)
    {
        var subject = request.Metric.NeedsSubject() ? request.Subject!.Trim() : null;
        var unitGoal = await db.Goals.SingleOrDefaultAsync(g => g.CompanyId == access.Company.Id && g.OwnerLevel == GoalOwnerLevel.Unit
            && g.OwnerId == unitId && g.Kind == request.Metric && g.Subject == subject && g.PeriodStart == period.Start && g.PeriodEnd == period.End, ct);
        if (unitGoal is null)
        {
            unitGoal = NewGoal(access, request, period, GoalOwnerLevel.Unit, unitId, request.Total, subject);
            await goals.AddAsync(access, unitGoal, null, ct);
        }
        else
        {
            unitGoal.Target = request.Total;
            await db.SaveChangesAsync(ct);
        }

        return unitGoal;
    }

    /// <summary>Month goals follow their year goal: they are replaced whenever the year goal is distributed again.</summary>
    private async Task SaveMonthGoalsAsync(AccessContext access, DistributionRequest request, StoredGoal yearGoal, DistributionPartDto part, CancellationToken ct)
    {
        if (part.Months is null)
        {
            return;
        }

        await db.Goals.Where(g => g.ParentGoalId == yearGoal.Id && g.PeriodKind == PeriodKind.Month).ExecuteDeleteAsync(ct);
        foreach (var month in part.Months)
        {
            var goal = NewGoal(access, request, GoalRules.ParsePeriod(month.Period), GoalOwnerLevel.Person, part.PersonId, month.Target, yearGoal.Subject);
            goal.ParentGoalId = yearGoal.Id;
            db.Goals.Add(goal);
        }
    }

    private StoredGoal NewGoal(AccessContext access, DistributionRequest request, Period period, GoalOwnerLevel level, int ownerId, decimal target,
        string? subject) => new()
    {
        CompanyId = access.Company.Id,
        OwnerLevel = level,
        OwnerId = ownerId,
        PeriodKind = period.Kind,
        PeriodStart = period.Start,
        PeriodEnd = period.End,
        Kind = request.Metric,
        Subject = subject,
        Target = target,
        Direction = request.Metric.DefaultDirection(),
        CreatedAt = clock.GetUtcNow(),
    };

    /// <summary>The unit to distribute in: the one named (if the caller sees it), else the caller's own unit.</summary>
    private async Task<(int Id, string Name)> UnitAsync(AccessContext access, int? unitId, CancellationToken cancellationToken)
    {
        var id = unitId ?? (access.PersonId is { } personId
            ? await db.People.Where(p => p.Id == personId).Select(p => p.UnitId).SingleOrDefaultAsync(cancellationToken)
            : null);
        var unit = id is null ? null : await db.Units(access.Scope).Where(u => u.Id == id).Select(u => new { u.Id, u.Name }).SingleOrDefaultAsync(cancellationToken);
        return unit is null
            ? throw new ValidationFailedException("unitId", unitId is { } named ? GoalReasons.UnitNotFound(named) : GoalReasons.NameTheUnit())
            : (unit.Id, unit.Name);
    }

    private static Dictionary<DistributionMethod, decimal>? MixWeights(DistributionMethod method, IReadOnlyDictionary<string, decimal>? weights)
    {
        if (method != DistributionMethod.Mix)
        {
            return null;
        }

        var parsed = new Dictionary<DistributionMethod, decimal>();
        foreach (var (name, weight) in weights ?? new Dictionary<string, decimal>())
        {
            parsed[DistributionMethods.TryParse(name, out var m) ? m : throw new ValidationFailedException("weights", GoalReasons.NotAMixMethod(name))] = weight;
        }

        return parsed;
    }
}
