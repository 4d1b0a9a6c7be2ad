using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Core.ResultModel;

/// <summary>One row of the result model as shown: rounded indices (exact ones stay in the domain row).</summary>
public sealed record ResultModelRowDto(
    int? PersonId,
    string Name,
    decimal? QualifyIndex,
    decimal? QuantityIndex,
    decimal? QualityIndex,
    decimal? ResultIndex,
    ResultFactor? WeakestFactor,
    string? CoachingFocus,
    decimal? ActualResult,
    decimal? ResultGoal,
    decimal? GoalAttainment)
{
    internal static ResultModelRowDto From(ResultModelRow row, string name) => new(
        row.PersonId, name, row.QualifyIndex, row.QuantityIndex, row.QualityIndex, row.ResultIndex, row.WeakestFactor,
        row.CoachingFocusKey, row.ActualResult, row.ResultGoal, row.GoalAttainment);
}

public sealed record TrendPoint(string Period, decimal? QualifyIndex, decimal? QuantityIndex, decimal? QualityIndex, decimal? ResultIndex);

public sealed record UnitResultDto(int UnitId, string Name, ResultModelRowDto Row);

/// <summary>The team page: one row per person, the team's row (goal-weighted), per unit, and the trend of each.</summary>
public sealed record ResultModelTeamDto(
    string Period,
    IReadOnlyList<ResultModelRowDto> People,
    ResultModelRowDto Team,
    IReadOnlyList<UnitResultDto> Units,
    IReadOnlyList<TrendPoint> TeamTrend,
    IReadOnlyDictionary<int, IReadOnlyList<TrendPoint>> PersonTrends);

public sealed record QualifyDetailDto(int CustomerActivities, int PrioritisedActivities, decimal PipelineValue, decimal PrioritisedPipelineValue,
    decimal? ActivityShare, decimal? PipelineShare, decimal? ActualShare, decimal PlannedShare);

public sealed record GoalLineDto(int ActivityTypeId, string TypeCode, string TypeName, decimal Target, int Actual, decimal? Attainment, decimal Weight, bool QualifiedOnly);

public sealed record QuantityDetailDto(IReadOnlyList<GoalLineDto> Goals, decimal? ActivityPart, int CustomerMinutes, int WorkingMinutes,
    decimal? CustomerTimeShare, decimal? TimePart);

public sealed record QualityDetailDto(int MeetingsClosed, int QuotesClosed, int QuotesWon, decimal? ClosingRate, decimal? MeetingToQuote,
    decimal? MeetingToWon, decimal ClosingRateGoal, decimal MeetingToQuoteGoal, decimal? ClosingPart, decimal? ConversionPart);

/// <summary>A person's own page: the row, how each index came about, and the trend.</summary>
public sealed record ResultModelPersonDto(string Period, ResultModelRowDto Row, QualifyDetailDto Qualify, QuantityDetailDto Quantity,
    QualityDetailDto Quality, IReadOnlyList<TrendPoint> Trend);

/// <summary>A person's plan as set by the manager; null figures take the company's settings.</summary>
public sealed record ResultModelPlanDto(int PersonId, decimal? YearlyResultGoal, decimal? PlannedShare, decimal? ClosingRateGoal, decimal? MeetingToQuoteGoal);

/// <summary>
/// The result model (docs/result-model.md) per person, team and unit for a period, from the activities, deals and
/// sales lines the caller may see, with the domain's formulas. For a period not yet over, goals, working time and the
/// result goal count up to today, so "on plan" means on plan so far.
/// </summary>
public sealed class ResultModelService(SalgskraftDbContext db, CustomerPlatformQuery platformQuery, TimeProvider clock)
{
    /// <summary>How many periods the trend shows, the chosen one included.</summary>
    public const int TrendPeriods = 4;

    /// <summary>Rows for the people the caller may see (salespeople and service advisors), by name.</summary>
    public async Task<IReadOnlyList<ResultModelRowDto>> RowsAsync(AccessContext access, Period period, int? unitId = null,
        CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(access, unitId, cancellationToken);
        return (await ComputeAsync(access, scope, period, cancellationToken)).Select(f => ResultModelRowDto.From(f.Row, f.Name)).ToList();
    }

    public async Task<ResultModelTeamDto> TeamAsync(AccessContext access, Period period, int? unitId = null, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(access, unitId, cancellationToken);
        var periods = Trend(period);
        var computed = new List<IReadOnlyList<PersonFigures>>();
        foreach (var p in periods)
        {
            computed.Add(await ComputeAsync(access, scope, p, cancellationToken));
        }

        var current = computed[^1];
        var units = await db.Units(scope).AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name, u.ParentId }).ToListAsync(cancellationToken);
        var allUnits = await db.Units.AsNoTracking().Where(u => u.CompanyId == access.Company.Id).Select(u => new { u.Id, u.ParentId })
            .ToListAsync(cancellationToken);
        var tree = allUnits.Select(u => (u.Id, u.ParentId)).ToList();
        var unitRows = units
            .Select(u => (Unit: u, Members: current.Where(f => f.UnitId is { } pu && UnitTree.SelfAndDescendants(u.Id, tree).Contains(pu)).ToList()))
            .Where(x => x.Members.Count > 0)
            .Select(x => new UnitResultDto(x.Unit.Id, x.Unit.Name, ResultModelRowDto.From(TeamResultModel.Aggregate(x.Members.Select(m => m.Row)), x.Unit.Name)))
            .ToList();

        return new ResultModelTeamDto(
            period.ToString(),
            current.Select(f => ResultModelRowDto.From(f.Row, f.Name)).ToList(),
            ResultModelRowDto.From(TeamResultModel.Aggregate(current.Select(f => f.Row)), access.Company.Name),
            unitRows,
            periods.Select((p, i) => Point(p, TeamResultModel.Aggregate(computed[i].Select(f => f.Row)))).ToList(),
            current.ToDictionary(f => f.PersonId, f => PersonTrend(f.PersonId)));

        IReadOnlyList<TrendPoint> PersonTrend(int personId) => periods
            .Select((p, i) => computed[i].FirstOrDefault(x => x.PersonId == personId) is { } figures
                ? Point(p, figures.Row)
                : new TrendPoint(p.ToString(), null, null, null, null))
            .ToList();
    }

    public async Task<ResultModelPersonDto> PersonAsync(AccessContext access, int personId, Period period, CancellationToken cancellationToken = default)
    {
        if (!await db.People(access.Scope).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new NotFoundException(AccessReasons.PersonNotFound(personId));
        }

        var periods = Trend(period);
        var trend = new List<TrendPoint>();
        PersonFigures? current = null;
        foreach (var p in periods)
        {
            current = (await ComputeAsync(access, access.Scope, p, cancellationToken, personId)).Single();
            trend.Add(Point(p, current.Row));
        }

        var f = current!;
        var q = f.Qualify;
        var n = f.Quantity;
        var k = f.Quality;
        return new ResultModelPersonDto(
            period.ToString(),
            ResultModelRowDto.From(f.Row, f.Name),
            new QualifyDetailDto(q.CustomerActivities, q.PrioritisedActivities, q.PipelineValue, q.PrioritisedPipelineValue, q.ActivityShare,
                q.PipelineShare, q.ActualShare, q.PlannedShare),
            new QuantityDetailDto(
                n.Goals.Select(g => f.Types.TryGetValue(g.Goal.ActivityTypeId, out var t)
                    ? new GoalLineDto(t.Id, t.Code, t.Name, g.Goal.Target, g.Actual, g.Attainment, g.Goal.Weight, g.Goal.QualifiedOnly)
                    : null).OfType<GoalLineDto>().ToList(),
                n.ActivityPart, f.CustomerMinutes, f.WorkingMinutes, n.CustomerTimeShare, n.TimePart),
            new QualityDetailDto(k.Funnel.MeetingsClosed, k.Funnel.QuotesClosed, k.Funnel.QuotesWon, k.Funnel.ClosingRate, k.Funnel.MeetingToQuote,
                k.Funnel.MeetingToWon, k.ClosingRateGoal ?? 0m, k.MeetingToQuoteGoal ?? 0m, k.ClosingPart, k.ConversionPart),
            trend);
    }

    public async Task<ResultModelPlanDto> PlanAsync(AccessContext access, int personId, CancellationToken cancellationToken = default)
    {
        if (!await db.People(access.Scope).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new NotFoundException(AccessReasons.PersonNotFound(personId));
        }

        var plan = await db.ResultModelPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CompanyId == access.Company.Id && p.PersonId == personId, cancellationToken);
        return new ResultModelPlanDto(personId, plan?.YearlyResultGoal, plan?.PlannedShare, plan?.ClosingRateGoal, plan?.MeetingToQuoteGoal);
    }

    /// <summary>Sets a person's plan; a manager for the people in their units.</summary>
    public async Task<ResultModelPlanDto> SetPlanAsync(AccessContext access, ResultModelPlanDto input, CancellationToken cancellationToken = default)
    {
        await PlanAsync(access, input.PersonId, cancellationToken);
        SalesSettingsService.RequireManager(access, input.PersonId);
        var errors = new ValidationErrors();
        if (input.YearlyResultGoal < 0)
        {
            errors.Add("yearlyResultGoal", ResultModelReasons.NegativeResultGoal());
        }

        foreach (var (field, value) in new[] { ("plannedShare", input.PlannedShare), ("closingRateGoal", input.ClosingRateGoal), ("meetingToQuoteGoal", input.MeetingToQuoteGoal) })
        {
            if (value is { } v)
            {
                SalesSettingsService.Share(errors, field, v);
            }
        }

        errors.ThrowIfAny();

        var plan = await db.ResultModelPlans.SingleOrDefaultAsync(p => p.CompanyId == access.Company.Id && p.PersonId == input.PersonId, cancellationToken);
        if (plan is null)
        {
            plan = new ResultModelPlan { CompanyId = access.Company.Id, PersonId = input.PersonId };
            db.ResultModelPlans.Add(plan);
        }

        plan.YearlyResultGoal = input.YearlyResultGoal;
        plan.PlannedShare = input.PlannedShare;
        plan.ClosingRateGoal = input.ClosingRateGoal;
        plan.MeetingToQuoteGoal = input.MeetingToQuoteGoal;
        await db.SaveChangesAsync(cancellationToken);
        return await PlanAsync(access, input.PersonId, cancellationToken);
    }

    /// <summary>The chosen period and the ones just before it, oldest first.</summary>
    private static List<Period> Trend(Period period)
    {
        var list = new List<Period> { period };
        for (var i = 1; i < TrendPeriods; i++)
        {
            list.Insert(0, list[0].Previous());
        }

        return list;
    }

    private static TrendPoint Point(Period period, ResultModelRow row) =>
        new(period.ToString(), row.QualifyIndex, row.QuantityIndex, row.QualityIndex, row.ResultIndex);

    private async Task<VisibilityScope> ScopeAsync(AccessContext access, int? unitId, CancellationToken cancellationToken)
    {
        if (unitId is null)
        {
            return access.Scope;
        }

        var units = await db.Units.Where(u => u.CompanyId == access.Company.Id).Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        return access.Scope.NarrowTo(UnitTree.SelfAndDescendants(unitId.Value, units.Select(u => (u.Id, u.ParentId))));
    }

    private sealed record PersonFigures(
        int PersonId,
        string Name,
        int? UnitId,
        ResultModelRow Row,
        QualifyIndex Qualify,
        QuantityIndex Quantity,
        QualityIndex Quality,
        int CustomerMinutes,
        int WorkingMinutes,
        IReadOnlyDictionary<int, ActivityType> Types);

    private async Task<IReadOnlyList<PersonFigures>> ComputeAsync(AccessContext access, VisibilityScope scope, Period period,
        CancellationToken cancellationToken, int? onlyPersonId = null)
    {
        var companyId = access.Company.Id;
        var today = SalesSettingsService.Today(clock);
        var country = SalesSettingsService.Country(access.Company);
        var settings = await SalesSettingsService.LoadAsync(db, companyId, cancellationToken);

        // Goals and working time count only the days that have passed, so a running period is judged so far.
        var until = period.End < today ? period.End : today;
        var judged = new Period(period.Kind, period.Start, until < period.Start ? period.Start.AddDays(-1) : until);
        var workingDays = WorkingDays.Count(country, judged.Start, judged.End);
        var weeks = workingDays / 5m;
        var workingMinutes = workingDays * settings.WorkingMinutesPerDay;

        var peopleQuery = db.People(scope).AsNoTracking()
            .Where(p => p.Role == PersonRole.Salesperson || p.Role == PersonRole.ServiceAdvisor);
        if (onlyPersonId is { } only)
        {
            peopleQuery = db.People(scope).AsNoTracking().Where(p => p.Id == only);
        }

        var people = await peopleQuery.OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => new { p.Id, p.Name, p.UnitId }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();

        var types = await db.ActivityTypes.AsNoTracking().Where(t => t.CompanyId == companyId).ToListAsync(cancellationToken);
        var stages = await db.DealStages.AsNoTracking().Where(s => s.CompanyId == companyId).ToListAsync(cancellationToken);
        var activities = (await db.Activities(scope).AsNoTracking()
                .Where(a => ids.Contains(a.PersonId) && a.Date >= judged.Start && a.Date <= judged.End)
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId);

        // Worked in the period (qualify) or closed in it (quality): created by its end, not closed before its start.
        var deals = await db.Deals(scope).AsNoTracking()
            .Where(d => ids.Contains(d.PersonId) && d.CreatedOn <= period.End && (d.Status == DealStatus.Open || d.ClosedOn >= period.Start))
            .ToListAsync(cancellationToken);
        var closedIds = deals.Where(d => d.Status != DealStatus.Open).Select(d => d.Id).ToList();
        var changes = await db.DealStageChanges.AsNoTracking()
            .Where(c => c.CompanyId == companyId && closedIds.Contains(c.DealId)).ToListAsync(cancellationToken);
        var dealsByPerson = deals.ToLookup(d => d.PersonId);

        var goals = (await db.PersonActivityGoals.AsNoTracking().Where(g => g.CompanyId == companyId && ids.Contains(g.PersonId))
            .ToListAsync(cancellationToken)).ToLookup(g => g.PersonId);
        var plans = await db.ResultModelPlans.AsNoTracking().Where(p => p.CompanyId == companyId && ids.Contains(p.PersonId))
            .ToDictionaryAsync(p => p.PersonId, cancellationToken);
        var actual = await db.SalesLines(scope).AsNoTracking()
            .Where(l => ids.Contains(l.SalespersonId!.Value) && l.Date >= judged.Start && l.Date <= judged.End)
            .GroupBy(l => l.SalespersonId!.Value)
            .Select(g => new { PersonId = g.Key, Revenue = g.Sum(l => l.Revenue) })
            .ToDictionaryAsync(x => x.PersonId, x => x.Revenue, cancellationToken);
        var prioritised = await PrioritisedCustomersAsync(db, platformQuery, companyId, judged.End < judged.Start ? period.Start : judged.End, cancellationToken);
        var goalShare = ResultGoalShare(country, period, judged);
        var typesById = types.ToDictionary(t => t.Id);

        return people.Select(p =>
        {
            plans.TryGetValue(p.Id, out var plan);
            var own = activities[p.Id].ToList();
            var ownDeals = dealsByPerson[p.Id].ToList();
            var qualify = QualifyIndex.From(own, types, ownDeals, prioritised, judged, plan?.PlannedShare ?? settings.PlannedShare);
            var quantity = QuantityIndex.From(own, types, goals[p.Id].Select(g => g.For(weeks)), judged, workingMinutes);
            var quality = new QualityIndex(DealFunnel.Compute(ownDeals, stages, changes, period),
                plan?.ClosingRateGoal ?? settings.ClosingRateGoal, plan?.MeetingToQuoteGoal ?? settings.MeetingToQuoteGoal);
            var goal = plan?.YearlyResultGoal is { } yearly ? Math.Round(yearly * goalShare, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
            var row = ResultModelRow.ForPerson(p.Id, qualify, quantity, quality, actual.GetValueOrDefault(p.Id), goal);
            return new PersonFigures(p.Id, p.Name, p.UnitId, row, qualify, quantity, quality, CustomerTime.Minutes(own, typesById),
                workingMinutes, typesById);
        }).ToList();
    }

    /// <summary>
    /// The part of a yearly result goal that falls in the judged days: for each calendar year touched, its working days
    /// in the judged span / its working days in the whole year. The pro-rated goal is rounded to øre (two decimals).
    /// </summary>
    private static decimal ResultGoalShare(HolidayCountry country, Period period, Period judged)
    {
        var share = 0m;
        for (var year = period.Start.Year; year <= judged.End.Year; year++)
        {
            var from = judged.Start.Year == year ? judged.Start : new DateOnly(year, 1, 1);
            var to = judged.End.Year == year ? judged.End : new DateOnly(year, 12, 31);
            share += (decimal)WorkingDays.Count(country, from, to) / WorkingDays.Count(country, Period.Year(year));
        }

        return share;
    }

    /// <summary>
    /// The prioritised customers: Key and Star on the company's customer platform (its settings, through
    /// <see cref="CustomerPlatformQuery"/>) of the twelve months up to the given day's month — a week's or a month's
    /// sales are too few to place customers — the customers of high potential, and those a manager has named development
    /// customers. The platform is the company's, not the caller's part of it, because a customer's group does not
    /// depend on who looks.
    /// </summary>
    internal static async Task<IReadOnlySet<int>> PrioritisedCustomersAsync(SalgskraftDbContext db, CustomerPlatformQuery platformQuery, int companyId,
        DateOnly asOf, CancellationToken cancellationToken)
    {
        var months = Period.Rolling12Months(asOf.Year, asOf.Month);
        var scope = VisibilityScope.WholeCompany(companyId);
        var figures = await platformQuery.FiguresAsync(scope, months, cancellationToken);
        var settings = await platformQuery.SettingsAsync(companyId, null, cancellationToken);
        var groups = CustomerPlatform.Classify(figures, months, settings);
        var high = PotentialClasses.Classify(figures, settings.PotentialClasses).CustomerIds(PotentialClass.High);
        var development = await db.Customers.Where(c => c.CompanyId == companyId && c.IsDevelopmentCustomer).Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return groups.Customers.Where(c => c.Group is PlatformGroup.Key or PlatformGroup.Star).Select(c => c.CustomerId)
            .Concat(high).Concat(development).ToHashSet();
    }
}
