using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;

namespace Salgskraft.Core.Activities;

/// <summary>What the user enters for an activity. <see cref="PersonId"/> null means the caller's own person.</summary>
public sealed record ActivityInput(
    int? PersonId,
    int? CustomerId,
    int ActivityTypeId,
    DateOnly Date,
    bool Qualified,
    int DurationMinutes,
    ActivityChannel Channel,
    string? OutcomeNote = null,
    int? DealId = null);

public sealed record ActivityDto(
    int Id,
    int PersonId,
    string PersonName,
    int? CustomerId,
    string? CustomerName,
    int ActivityTypeId,
    string TypeCode,
    string TypeName,
    int? DealId,
    DateOnly Date,
    bool Qualified,
    int DurationMinutes,
    ActivityChannel Channel,
    string? OutcomeNote);

/// <summary>Filters for the activity list; all optional, combined with AND.</summary>
public sealed record ActivityFilter(
    int? PersonId = null,
    int? CustomerId = null,
    int? ActivityTypeId = null,
    int? DealId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 100);

public sealed record ActivityTypeDto(int Id, string Code, string Name, bool IsCustomerFacing, decimal CostPerActivity);

public sealed record ActivityTypeInput(string Name, bool IsCustomerFacing, decimal CostPerActivity);

public sealed record ActivityGoalDto(int ActivityTypeId, decimal WeeklyTarget, decimal Weight, bool QualifiedOnly);

public sealed record WeekLineDto(int ActivityTypeId, string TypeCode, string TypeName, int Count, int Qualified, decimal? Target, bool QualifiedOnly, int? GoalActual, decimal? Attainment);

/// <summary>One person's week: per type against the weekly goals, and the share of working time with customers.</summary>
public sealed record WeekSummaryDto(
    int PersonId,
    string PersonName,
    string Week,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<WeekLineDto> Lines,
    int CustomerMinutes,
    int WorkingMinutes,
    decimal? CustomerTimeShare,
    CustomerTimeBand? CustomerTimeBand);

/// <summary>
/// Manual entry of activities, the company's activity types and costs, the activity goals and the week view.
/// A salesperson enters and sees their own activities; a manager those of the people in their units.
/// </summary>
public sealed class ActivityService(SalgskraftDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 500;
    public const int MaxNoteLength = 2000;
    public const int MaxDurationMinutes = 24 * 60;

    public async Task<IReadOnlyList<ActivityDto>> ListAsync(AccessContext access, ActivityFilter filter, CancellationToken cancellationToken = default)
    {
        var q = db.Activities(access.Scope);
        if (filter.PersonId is { } personId)
        {
            q = q.Where(a => a.PersonId == personId);
        }

        if (filter.CustomerId is { } customerId)
        {
            q = q.Where(a => a.CustomerId == customerId);
        }

        if (filter.ActivityTypeId is { } typeId)
        {
            q = q.Where(a => a.ActivityTypeId == typeId);
        }

        if (filter.DealId is { } dealId)
        {
            q = q.Where(a => a.DealId == dealId);
        }

        if (filter.From is { } from)
        {
            q = q.Where(a => a.Date >= from);
        }

        if (filter.To is { } to)
        {
            q = q.Where(a => a.Date <= to);
        }

        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        return await Project(q).Skip((Math.Max(filter.Page, 1) - 1) * size).Take(size).ToListAsync(cancellationToken);
    }

    public async Task<ActivityDto> GetAsync(AccessContext access, int id, CancellationToken cancellationToken = default) =>
        await Project(db.Activities(access.Scope).Where(a => a.Id == id)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(AccessReasons.ActivityNotFound(id));

    public async Task<ActivityDto> CreateAsync(AccessContext access, ActivityInput input, CancellationToken cancellationToken = default)
    {
        var activity = new Activity { CompanyId = access.Company.Id };
        await ApplyAsync(access, activity, input, cancellationToken);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(access, activity.Id, cancellationToken);
    }

    public async Task<ActivityDto> UpdateAsync(AccessContext access, int id, ActivityInput input, CancellationToken cancellationToken = default)
    {
        var activity = await db.Activities(access.Scope).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(AccessReasons.ActivityNotFound(id));
        await ApplyAsync(access, activity, input with { PersonId = input.PersonId ?? activity.PersonId }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(access, id, cancellationToken);
    }

    public async Task DeleteAsync(AccessContext access, int id, CancellationToken cancellationToken = default)
    {
        var deleted = await db.Activities(access.Scope).Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException(AccessReasons.ActivityNotFound(id));
        }
    }

    public Task<List<ActivityTypeDto>> TypesAsync(AccessContext access, CancellationToken cancellationToken = default) =>
        db.ActivityTypes.Where(t => t.CompanyId == access.Company.Id).OrderBy(t => t.Id)
            .Select(t => new ActivityTypeDto(t.Id, t.Code, t.Name, t.IsCustomerFacing, t.CostPerActivity))
            .ToListAsync(cancellationToken);

    /// <summary>A company's own activity type; its code is made from the name so it never clashes with a default type's.</summary>
    public async Task<ActivityTypeDto> AddTypeAsync(AccessContext access, ActivityTypeInput input, CancellationToken cancellationToken = default)
    {
        SalesSettingsService.RequireCompanyAdmin(access);
        ValidateType(input);
        var count = await db.ActivityTypes.CountAsync(t => t.CompanyId == access.Company.Id, cancellationToken);
        var type = new ActivityType
        {
            CompanyId = access.Company.Id,
            Code = string.Create(CultureInfo.InvariantCulture, $"custom-{count + 1}"),
            Name = input.Name.Trim(),
            IsCustomerFacing = input.IsCustomerFacing,
            CostPerActivity = input.CostPerActivity,
        };
        db.ActivityTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return new(type.Id, type.Code, type.Name, type.IsCustomerFacing, type.CostPerActivity);
    }

    /// <summary>Renames a type, marks it customer-facing or not, and sets what one activity of it costs.</summary>
    public async Task<ActivityTypeDto> UpdateTypeAsync(AccessContext access, int id, ActivityTypeInput input, CancellationToken cancellationToken = default)
    {
        SalesSettingsService.RequireCompanyAdmin(access);
        ValidateType(input);
        var type = await db.ActivityTypes.SingleOrDefaultAsync(t => t.Id == id && t.CompanyId == access.Company.Id, cancellationToken)
            ?? throw new NotFoundException(AccessReasons.ActivityTypeNotFound(id));
        type.Name = input.Name.Trim();
        type.IsCustomerFacing = input.IsCustomerFacing;
        type.CostPerActivity = input.CostPerActivity;
        await db.SaveChangesAsync(cancellationToken);
        return new(type.Id, type.Code, type.Name, type.IsCustomerFacing, type.CostPerActivity);
    }

    public async Task<IReadOnlyList<ActivityGoalDto>> GoalsAsync(AccessContext access, int personId, CancellationToken cancellationToken = default)
    {
        await RequirePersonAsync(access, personId, cancellationToken);
        return await db.PersonActivityGoals(access.Scope).Where(g => g.PersonId == personId).OrderBy(g => g.ActivityTypeId)
            .Select(g => new ActivityGoalDto(g.ActivityTypeId, g.WeeklyTarget, g.Weight, g.QualifiedOnly))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Replaces a person's weekly activity goals; a manager sets them for the people in their units.</summary>
    public async Task<IReadOnlyList<ActivityGoalDto>> SetGoalsAsync(AccessContext access, int personId, IReadOnlyList<ActivityGoalDto> goals,
        CancellationToken cancellationToken = default)
    {
        await RequirePersonAsync(access, personId, cancellationToken);
        SalesSettingsService.RequireManager(access, personId);
        var typeIds = await db.ActivityTypes.Where(t => t.CompanyId == access.Company.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        for (var i = 0; i < goals.Count; i++)
        {
            var g = goals[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"goals[{i}]");
            if (!typeIds.Contains(g.ActivityTypeId))
            {
                errors.Add(field + ".activityTypeId", ActivityReasons.UnknownActivityType());
            }

            if (g.WeeklyTarget is < 0 or > 1000)
            {
                errors.Add(field + ".weeklyTarget", ActivityReasons.WeeklyTargetOutOfRange());
            }

            if (g.Weight is < 0 or > 100)
            {
                errors.Add(field + ".weight", ActivityReasons.WeightOutOfRange());
            }
        }

        if (goals.Select(g => g.ActivityTypeId).Distinct().Count() != goals.Count)
        {
            errors.Add("goals", ActivityReasons.OneGoalPerActivityType());
        }

        errors.ThrowIfAny();

        // Replaced in one SaveChanges, so the person never ends up with half a set of goals.
        db.PersonActivityGoals.RemoveRange(await db.PersonActivityGoals
            .Where(g => g.CompanyId == access.Company.Id && g.PersonId == personId).ToListAsync(cancellationToken));
        db.PersonActivityGoals.AddRange(goals.Select(g => new PersonActivityGoal
        {
            CompanyId = access.Company.Id,
            PersonId = personId,
            ActivityTypeId = g.ActivityTypeId,
            WeeklyTarget = g.WeeklyTarget,
            Weight = g.Weight,
            QualifiedOnly = g.QualifiedOnly,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return await GoalsAsync(access, personId, cancellationToken);
    }

    /// <summary>
    /// The week view for a person (the caller's own when null) and ISO week (this week when null): counts per type
    /// against the weekly goals, and the share of the week's working time (working days × minutes per day) with customers.
    /// </summary>
    public async Task<WeekSummaryDto> WeekAsync(AccessContext access, int? personId, int? isoYear, int? week, CancellationToken cancellationToken = default)
    {
        var id = personId ?? access.PersonId ?? throw new NotFoundException(AccessReasons.CallerNotAPerson());
        var name = await RequirePersonAsync(access, id, cancellationToken);
        var today = SalesSettingsService.Today(clock).ToDateTime(TimeOnly.MinValue);
        var (y, w) = (isoYear ?? ISOWeek.GetYear(today), week ?? ISOWeek.GetWeekOfYear(today));
        if (y is < 1900 or > 9998 || w < 1 || w > ISOWeek.GetWeeksInYear(y))
        {
            throw new ValidationFailedException("week", ActivityReasons.NoSuchWeek());
        }

        var period = Period.Week(y, w);
        var types = await db.ActivityTypes.AsNoTracking().Where(t => t.CompanyId == access.Company.Id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var activities = await db.Activities(access.Scope).AsNoTracking()
            .Where(a => a.PersonId == id && a.Date >= period.Start && a.Date <= period.End).ToListAsync(cancellationToken);
        var goals = await db.PersonActivityGoals(access.Scope).AsNoTracking().Where(g => g.PersonId == id).ToListAsync(cancellationToken);
        var settings = await SalesSettingsService.LoadAsync(db, access.Company.Id, cancellationToken);
        var workingMinutes = WorkingDays.Count(SalesSettingsService.Country(access.Company), period) * settings.WorkingMinutesPerDay;

        var summary = ActivityWeekSummary.For(y, w, activities, types, goals.Select(g => g.For(1m)), workingMinutes);
        return new WeekSummaryDto(
            id,
            name,
            period.ToString(),
            period.Start,
            period.End,
            summary.Lines.Select(l => new WeekLineDto(l.Type.Id, l.Type.Code, l.Type.Name, l.Count, l.Qualified, l.Goal?.Goal.Target,
                l.Goal?.Goal.QualifiedOnly ?? false, l.Goal?.Actual, l.Goal?.Attainment)).ToList(),
            summary.CustomerMinutes,
            summary.WorkingMinutes,
            summary.CustomerTimeShare,
            summary.CustomerTimeBand);
    }

    /// <summary>The person, if the caller may see them; their name.</summary>
    internal async Task<string> RequirePersonAsync(AccessContext access, int personId, CancellationToken cancellationToken) =>
        await db.People(access.Scope).Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(AccessReasons.PersonNotFound(personId));

    private async Task ApplyAsync(AccessContext access, Activity activity, ActivityInput input, CancellationToken cancellationToken)
    {
        var personId = input.PersonId ?? access.PersonId
            ?? throw new ValidationFailedException("personId", ActivityReasons.NoPerson());
        await RequirePersonAsync(access, personId, cancellationToken);

        var errors = new ValidationErrors();
        var today = SalesSettingsService.Today(clock);
        if (!await db.ActivityTypes.AnyAsync(t => t.Id == input.ActivityTypeId && t.CompanyId == access.Company.Id, cancellationToken))
        {
            errors.Add("activityTypeId", ActivityReasons.ChooseActivityType());
        }

        if (input.Date > today)
        {
            errors.Add("date", ActivityReasons.DateAfterToday());
        }
        else if (input.Date < today.AddYears(-5))
        {
            errors.Add("date", ActivityReasons.DateTooFarBack());
        }

        if (input.DurationMinutes is < 0 or > MaxDurationMinutes)
        {
            errors.Add("durationMinutes", ActivityReasons.DurationOutOfRange());
        }

        if (!Enum.IsDefined(input.Channel))
        {
            errors.Add("channel", ActivityReasons.ChooseChannel());
        }

        if (input.OutcomeNote?.Length > MaxNoteLength)
        {
            errors.Add("outcomeNote", ActivityReasons.NoteTooLong());
        }

        var customerId = input.CustomerId;
        Deal? deal = null;
        if (input.DealId is { } dealId)
        {
            deal = await db.Deals(access.Scope).SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken)
                ?? throw new NotFoundException(AccessReasons.DealNotFound(dealId));
            customerId ??= deal.CustomerId;
            if (customerId != deal.CustomerId)
            {
                errors.Add("dealId", ActivityReasons.DealOfAnotherCustomer());
            }
        }

        if (customerId is { } cid && !await db.Customers(access.Scope).AnyAsync(c => c.Id == cid, cancellationToken))
        {
            throw new NotFoundException(AccessReasons.CustomerNotFound(cid));
        }

        errors.ThrowIfAny();

        activity.PersonId = personId;
        activity.CustomerId = customerId;
        activity.ActivityTypeId = input.ActivityTypeId;
        activity.DealId = input.DealId;
        activity.Date = input.Date;
        activity.Qualified = input.Qualified;
        activity.DurationMinutes = input.DurationMinutes;
        activity.Channel = input.Channel;
        activity.OutcomeNote = string.IsNullOrWhiteSpace(input.OutcomeNote) ? null : input.OutcomeNote.Trim();

        // An activity on a deal is progress on it: the stuck-deal rule reads LastActivityOn.
        if (deal is not null && (deal.LastActivityOn is null || deal.LastActivityOn < input.Date))
        {
            deal.LastActivityOn = input.Date;
        }
    }

    private static void ValidateType(ActivityTypeInput input)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
        {
            errors.Add("name", ActivityReasons.TypeNameRequired());
        }

        if (input.CostPerActivity is < 0 or > 1_000_000_000m)
        {
            errors.Add("costPerActivity", ActivityReasons.NegativeCost());
        }

        errors.ThrowIfAny();
    }

    /// <summary>Newest first.</summary>
    private IQueryable<ActivityDto> Project(IQueryable<Activity> q) =>
        from a in q
        join p in db.People on a.PersonId equals p.Id
        join t in db.ActivityTypes on a.ActivityTypeId equals t.Id
        join c in db.Customers on a.CustomerId equals c.Id into cs
        from c in cs.DefaultIfEmpty()
        orderby a.Date descending, a.Id descending
        select new ActivityDto(a.Id, a.PersonId, p.Name, a.CustomerId, c == null ? null : c.Name, a.ActivityTypeId, t.Code, t.Name,
            a.DealId, a.Date, a.Qualified, a.DurationMinutes, a.Channel, a.OutcomeNote);
}
