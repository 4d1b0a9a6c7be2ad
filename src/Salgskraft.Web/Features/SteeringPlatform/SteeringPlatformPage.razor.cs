using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Organization;
using Salgskraft.Web.Features.Goals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.SteeringPlatform;

/// <summary>The salesperson's home (DOMAIN.md §2): result goals beside KPI goals, each evaluated today; a manager can pick a person.</summary>
public partial class SteeringPlatformPage
{
    private SteeringPlatformDto? platform;
    private IReadOnlyList<PeriodReviewDto> reviews = [];
    private List<(int Id, string Name)> people = [];
    private int? personId;
    private string period = string.Empty;
    private string? lessons;
    private string? error;
    private bool loading = true;
    private bool busy;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodQuery { get; set; }

    [SupplyParameterFromQuery(Name = "person")]
    public int? PersonQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        period = PeriodQuery ?? Clock.GetLocalNow().Year.ToString(CultureInfo.InvariantCulture);
        await Session.RunAsync(async (services, access) =>
        {
            personId = PersonQuery ?? access.PersonId;
            if (access.Scope.PersonId is null)
            {
                people = [.. (await services.GetRequiredService<SalgskraftDbContext>().People(access.Scope)
                        .Where(p => p.Role == PersonRole.Salesperson || p.Role == PersonRole.ServiceAdvisor || p.Id == access.PersonId)
                        .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
                    .Select(p => (p.Id, p.Name))];
                personId ??= people.FirstOrDefault().Id;
            }

            return true;
        });
        await LoadAsync();
    }

    private async Task PersonChangedAsync(int? value)
    {
        personId = value;
        await LoadAsync();
    }

    private async Task PeriodChangedAsync(string value)
    {
        period = value.Trim();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loading = true;
        error = null;
        try
        {
            (platform, reviews) = await Session.RunAsync(async (services, access) =>
            {
                var result = await services.GetRequiredService<SteeringPlatformQuery>().GetAsync(access, period, personId);
                return (result, await services.GetRequiredService<PeriodReviewService>().ListAsync(access, result.PersonId));
            });
        }
        catch (ValidationFailedException e)
        {
            (error, platform) = (e.MessageIn(CultureInfo.CurrentUICulture), null);
        }
        catch (NotFoundException e)
        {
            (error, platform) = (e.Reason.In(CultureInfo.CurrentUICulture), null);
        }
        finally
        {
            loading = false;
        }
    }

    private async Task CloseAsync()
    {
        if (platform is null)
        {
            return;
        }

        busy = true;
        try
        {
            await Session.RunAsync((services, access) => services.GetRequiredService<PeriodReviewService>()
                .CloseAsync(access, new ClosePeriodRequest(platform.PersonId, platform.Period, lessons ?? string.Empty)));
            lessons = null;
            Snackbar.Add(L["Review_Closed"], Severity.Success);
            await LoadAsync();
        }
        catch (ValidationFailedException e)
        {
            Snackbar.Add(e.MessageIn(CultureInfo.CurrentUICulture), Severity.Error);
        }
        finally
        {
            busy = false;
        }
    }

    private IReadOnlyList<PlatformGoalDto> KpisOf(PlatformGoalDto goal) => [.. platform!.Goals.Where(g => g.SupportsGoalId == goal.Id)];

    private string? SupportsOf(PlatformGoalDto goal) => platform!.Goals.FirstOrDefault(g => g.Id == goal.SupportsGoalId) is { } r
        ? GoalFormat.Metric(L, r.Metric, r.Subject)
        : null;
}
