using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Core.ResultModel;

/// <summary>The company's result-model and pipeline settings as shown and edited.</summary>
public sealed record SalesSettingsDto(decimal PlannedShare, decimal ClosingRateGoal, decimal MeetingToQuoteGoal, int WorkingMinutesPerDay, int StuckDealDays);

/// <summary>Reads and changes <see cref="SalesSettings"/>; only a director or an administrator may change them.</summary>
public sealed class SalesSettingsService(SalgskraftDbContext db)
{
    public async Task<SalesSettingsDto> GetAsync(AccessContext access, CancellationToken cancellationToken = default)
    {
        var s = await LoadAsync(db, access.Company.Id, cancellationToken);
        return new(s.PlannedShare, s.ClosingRateGoal, s.MeetingToQuoteGoal, s.WorkingMinutesPerDay, s.StuckDealDays);
    }

    public async Task<SalesSettingsDto> UpdateAsync(AccessContext access, SalesSettingsDto input, CancellationToken cancellationToken = default)
    {
        RequireCompanyAdmin(access);
        var errors = new ValidationErrors();
        Share(errors, "plannedShare", input.PlannedShare);
        Share(errors, "closingRateGoal", input.ClosingRateGoal);
        Share(errors, "meetingToQuoteGoal", input.MeetingToQuoteGoal);
        if (input.WorkingMinutesPerDay is < 1 or > 1440)
        {
            errors.Add("workingMinutesPerDay", ResultModelReasons.WorkingMinutesOutOfRange());
        }

        if (input.StuckDealDays is < 1 or > 3650)
        {
            errors.Add("stuckDealDays", ResultModelReasons.StuckDealDaysOutOfRange());
        }

        errors.ThrowIfAny();

        var settings = await db.SalesSettings.SingleOrDefaultAsync(s => s.CompanyId == access.Company.Id, cancellationToken);
        if (settings is null)
        {
            settings = SalesSettings.DefaultFor(access.Company.Id);
            db.SalesSettings.Add(settings);
        }

        settings.PlannedShare = input.PlannedShare;
        settings.ClosingRateGoal = input.ClosingRateGoal;
        settings.MeetingToQuoteGoal = input.MeetingToQuoteGoal;
        settings.WorkingMinutesPerDay = input.WorkingMinutesPerDay;
        settings.StuckDealDays = input.StuckDealDays;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(access, cancellationToken);
    }

    /// <summary>The company's settings, or the defaults when it has set none.</summary>
    internal static async Task<SalesSettings> LoadAsync(SalgskraftDbContext db, int companyId, CancellationToken cancellationToken) =>
        await db.SalesSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CompanyId == companyId, cancellationToken)
        ?? SalesSettings.DefaultFor(companyId);

    /// <summary>Company settings (activity types, costs, defaults) are the director's or the administrator's.</summary>
    public static bool CanChangeSettings(AccessContext access) => access.Role is AccessRole.Director or AccessRole.Administrator;

    /// <summary>
    /// A person's plan and goals are set by their manager or a director/administrator — never by a salesperson, and a
    /// manager not their own. Whether the person is in the caller's units is the visibility rule's question.
    /// </summary>
    public static bool CanSetPlans(AccessContext access, int personId) =>
        access.Role is AccessRole.Director or AccessRole.Administrator || (access.Role == AccessRole.Manager && access.PersonId != personId);

    internal static void RequireCompanyAdmin(AccessContext access)
    {
        if (!CanChangeSettings(access))
        {
            throw new ForbiddenException(AccessReasons.SettingsForDirectors());
        }
    }

    internal static void RequireManager(AccessContext access, int personId)
    {
        if (!CanSetPlans(access, personId))
        {
            throw new ForbiddenException(AccessReasons.PlanForManagers());
        }
    }

    /// <summary>The company's local date, from the injected clock.</summary>
    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    /// <summary>Whose public holidays the company's working days follow: Danish companies Denmark's, others Norway's.</summary>
    internal static HolidayCountry Country(CompanyRef company) =>
        company.Culture.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? HolidayCountry.Denmark : HolidayCountry.Norway;

    internal static void Share(ValidationErrors errors, string field, decimal value)
    {
        if (value is <= 0m or > 1m)
        {
            errors.Add(field, ResultModelReasons.ShareOutOfRange());
        }
    }
}
