using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Salgskraft.Core.Access;
using Salgskraft.Core.Activities;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Organization;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Activities;

/// <summary>
/// Quick entry of activities (usable in seconds on a phone: type buttons, customer search, Enter submits, today and the
/// last type by default) beside the person's week against their activity goals.
/// </summary>
public partial class ActivitiesPage
{
    /// <summary>Fields whose errors are shown beside their input; any other error is shown as a message.</summary>
    private static readonly HashSet<string> ShownFields = ["activityTypeId", "customerId", "durationMinutes", "date", "outcomeNote"];

    private readonly Entry entry = new();
    private AccessContext? access;
    private List<ActivityTypeDto> types = [];
    private List<(int Id, string Name)> people = [];
    private int? personId;
    private WeekSummaryDto? week;
    private DateOnly weekDay;
    private List<ActivityDto> recent = [];
    private Dictionary<string, string[]> errors = [];
    private string? generalError;
    private bool saving;
    private DateTime today;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>A customer in the autocomplete.</summary>
    public sealed record CustomerOption(int Id, string Name);

    private sealed class Entry
    {
        public int? TypeId { get; set; }

        public CustomerOption? Customer { get; set; }

        public bool Qualified { get; set; }

        public int DurationMinutes { get; set; } = 60;

        public ActivityChannel Channel { get; set; } = ActivityChannel.FaceToFace;

        public DateTime? Date { get; set; }

        public string? Note { get; set; }
    }

    protected override async Task OnInitializedAsync()
    {
        var todayDate = DateOnly.FromDateTime(Clock.GetLocalNow().Date);
        today = todayDate.ToDateTime(TimeOnly.MinValue);
        entry.Date = today;
        weekDay = todayDate;
        await Session.RunAsync(async (services, a) =>
        {
            access = a;
            var db = services.GetRequiredService<SalgskraftDbContext>();
            types = await services.GetRequiredService<ActivityService>().TypesAsync(a);
            people = (await db.People(a.Scope)
                    .Where(p => p.Id == a.PersonId || p.Role == PersonRole.Salesperson || p.Role == PersonRole.ServiceAdvisor)
                    .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
                .Select(p => (p.Id, p.Name)).ToList();
            personId = a.PersonId ?? (people.Count > 0 ? people[0].Id : null);
            return true;
        });
        await LoadAsync(resetType: true);
    }

    private string TypeName(string code, string name) => T[$"Type_{code}"] is { ResourceNotFound: false } text ? text.Value : name;

    private string? Error(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private static string Percent(decimal? value) => value is { } v ? v.ToString("P0", CultureInfo.CurrentCulture) : "–";

    private async Task PersonChangedAsync(int? value)
    {
        personId = value;
        await LoadAsync(resetType: true);
    }

    private async Task MoveWeekAsync(int days)
    {
        weekDay = weekDay.AddDays(days);
        await LoadAsync(resetType: false);
    }

    /// <summary>The week and recent activities of the chosen person; on a new person the default type is their last one.</summary>
    private async Task LoadAsync(bool resetType)
    {
        if (personId is not { } id)
        {
            return;
        }

        var day = weekDay.ToDateTime(TimeOnly.MinValue);
        await Session.RunAsync(async (services, a) =>
        {
            var service = services.GetRequiredService<ActivityService>();
            week = await service.WeekAsync(a, id, ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
            recent = [.. await service.ListAsync(a, new ActivityFilter(PersonId: id, PageSize: 10))];
            return true;
        });
        if (resetType)
        {
            entry.TypeId = recent.FirstOrDefault()?.ActivityTypeId
                ?? types.FirstOrDefault(t => t.Code == DefaultActivityTypes.Meeting)?.Id ?? types.FirstOrDefault()?.Id;
        }
    }

    private async Task<IEnumerable<CustomerOption>> SearchCustomersAsync(string? text, CancellationToken cancellationToken) =>
        await Session.RunAsync(async (services, a) =>
        {
            var q = services.GetRequiredService<SalgskraftDbContext>().Customers(a.Scope);
            if (!string.IsNullOrWhiteSpace(text))
            {
                q = q.Where(c => c.Name.Contains(text) || c.ExternalId.Contains(text));
            }

            return (IEnumerable<CustomerOption>)await q.OrderBy(c => c.Name).Take(20).Select(c => new CustomerOption(c.Id, c.Name))
                .ToListAsync(cancellationToken);
        }, cancellationToken) ?? [];

    private async Task SaveAsync()
    {
        if (personId is not { } id || saving)
        {
            return;
        }

        saving = true;
        errors = [];
        generalError = null;
        try
        {
            var input = new ActivityInput(id, entry.Customer?.Id, entry.TypeId ?? 0,
                DateOnly.FromDateTime(entry.Date ?? today), entry.Qualified, entry.DurationMinutes, entry.Channel, entry.Note);
            await Session.RunAsync((services, a) => services.GetRequiredService<ActivityService>().CreateAsync(a, input));
            Snackbar.Add(T["Saved"], Severity.Success);
            entry.Note = null;
            entry.Customer = null;
            entry.Qualified = false;
            await LoadAsync(resetType: false);
        }
        catch (ValidationFailedException e)
        {
            errors = e.ErrorsIn(CultureInfo.CurrentUICulture);
            var others = e.MessagesIn(CultureInfo.CurrentUICulture, ShownFields);
            generalError = others.Count == 0 ? null : string.Join(" ", others);
        }
        catch (NotFoundException e)
        {
            generalError = e.Reason.In(CultureInfo.CurrentUICulture);
        }
        finally
        {
            saving = false;
        }
    }

    private async Task DeleteAsync(int id)
    {
        try
        {
            await Session.RunAsync(async (services, a) =>
            {
                await services.GetRequiredService<ActivityService>().DeleteAsync(a, id);
                return true;
            });
            Snackbar.Add(T["Deleted"], Severity.Info);
        }
        catch (NotFoundException e)
        {
            Snackbar.Add(e.Reason.In(CultureInfo.CurrentUICulture), Severity.Warning);
        }

        await LoadAsync(resetType: false);
    }
}
