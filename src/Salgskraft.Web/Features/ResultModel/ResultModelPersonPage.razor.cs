using System.Globalization;
using Microsoft.AspNetCore.Components;
using Salgskraft.Core.Common;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Common;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.ResultModel;

/// <summary>A person's own result model: the indices, the weakest factor and its coaching focus, how each index came about, the trend.</summary>
public partial class ResultModelPersonPage
{
    private ResultModelPersonDto? detail;
    private string period = string.Empty;
    private bool notFound;
    private bool canSetPlan;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter]
    public int PersonId { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodText { get; set; }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    /// <summary>Loads the figures; again after the manager saves the plan or the goals, so the indices follow.</summary>
    private async Task LoadAsync()
    {
        var p = Period.TryParse(PeriodText, out var parsed) ? parsed : Period.Year(Clock.GetLocalNow().Year);
        period = p.ToString();
        try
        {
            detail = await Session.RunAsync((services, a) =>
            {
                canSetPlan = SalesSettingsService.CanSetPlans(a, PersonId);
                return services.GetRequiredService<ResultModelService>().PersonAsync(a, PersonId, p);
            });
        }
        catch (NotFoundException)
        {
            notFound = true;
        }
    }

    private static string Label(string text) => Period.TryParse(text, out var p) ? PeriodChoices.Label(p) : text;

    private static string Percent(decimal? value) => value is { } v ? v.ToString("P1", CultureInfo.CurrentCulture) : "–";
}
