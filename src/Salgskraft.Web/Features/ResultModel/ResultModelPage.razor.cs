using System.Globalization;
using Microsoft.AspNetCore.Components;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.ResultModel;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.ResultModel;

/// <summary>The manager's team page: one row per person (sortable), the team and units, and the trend over the last periods.</summary>
public partial class ResultModelPage
{
    private IReadOnlyList<Period> choices = [];
    private string period = string.Empty;
    private ResultModelTeamDto? team;
    private string currency = string.Empty;
    private bool canChangeSettings;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The period shown, e.g. <c>2025</c> or <c>2025-Q1</c>; this year when absent.</summary>
    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodText { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().Date);
        choices = PeriodChoices.For(today);
        period = Period.TryParse(PeriodText, out var p) ? p.ToString() : Period.Year(today.Year).ToString();
        await LoadAsync();
    }

    private async Task PeriodChangedAsync(string value)
    {
        period = value;
        Navigation.NavigateTo($"/result-model?period={Uri.EscapeDataString(value)}", replace: true);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        team = null;
        if (!Period.TryParse(period, out var p))
        {
            return;
        }

        team = await Session.RunAsync((services, a) =>
        {
            currency = a.Company.Currency;
            canChangeSettings = SalesSettingsService.CanChangeSettings(a);
            return services.GetRequiredService<ResultModelService>().TeamAsync(a, p);
        });
    }

    private string PersonHref(int? personId) => $"/result-model/{personId}?period={Uri.EscapeDataString(period)}";

    private string Trend(int? personId) => personId is { } id && team?.PersonTrends.TryGetValue(id, out var points) == true
        ? string.Join(" → ", points.Select(x => Index(x.ResultIndex)))
        : string.Empty;

    internal static string Index(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) : "–";

    internal static string Attainment(decimal? value) => value is { } v ? (v / 100m).ToString("P1", CultureInfo.CurrentCulture) : "–";

    private string Money(decimal? value) => value is { } v ? string.Create(CultureInfo.CurrentCulture, $"{v:N0} {currency}") : "–";

    private string Factor(ResultFactor? factor) => factor is { } f ? T[f.ToString()] : "–";
}
