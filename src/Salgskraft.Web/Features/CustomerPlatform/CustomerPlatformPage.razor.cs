using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>
/// The customer platform page: one <see cref="PlatformAnalysis"/> per choice of period and scope, kept while the user
/// looks at its views; filters, tabs and customer lists work on it without going back to the database.
/// </summary>
public partial class CustomerPlatformPage
{
    private static readonly string[] GroupColours = ["#2e7d32", "#f9a825", "#1565c0", "#c62828"];

    private AccessContext? access;
    private PlatformAnalysis? analysis;
    private List<Period> periods = [];
    private string period = string.Empty;
    private List<(int Id, string Name)> units = [];
    private List<(int Id, string Name)> people = [];
    private int? unitId;
    private int? personId;
    private PlatformGroup? groupFilter;
    private CustomerSelection selection = CustomerSelection.All;
    private bool logScale = true;
    private PointSize pointSize;
    private bool canEdit;
    private PlatformSettingsValue? companySettings;
    private PlatformOverrides? overrides;
    private int settingsVersion;
    private bool exporting;
    private string? error;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private IReadOnlyList<PlatformCustomerRow> SelectedRows
    {
        get
        {
            var rows = analysis!.Select(selection);
            return groupFilter is { } g && selection.Kind == SelectionKind.All
                ? rows.Where(r => r.Position == (PlatformPosition)g).ToList()
                : rows;
        }
    }

    private string SelectionTitle => selection.Kind switch
    {
        SelectionKind.All => groupFilter is { } g ? L[$"Position_{g}"] : L["List_All"],
        SelectionKind.Group => L[$"Position_{selection.Position}"],
        SelectionKind.NoRevenue => L["Sheet_NoRevenue"],
        SelectionKind.Movement => $"{L["Sheet_Movement"]}: {L[$"Position_{selection.Position}"]} → {L[$"Position_{selection.To}"]}",
        SelectionKind.Potential => $"{L[$"Position_{selection.Position}"]} × {L[$"Potential_{selection.Class}"]}",
        SelectionKind.Ansoff => L[$"Ansoff_{selection.Quadrant}"],
        SelectionKind.Stage => L[$"Stage_{selection.Stage}"],
        _ => L["Sheet_Loss"],
    };

    private string ThresholdText
    {
        get
        {
            var t = analysis!.Current.Thresholds;
            return string.Format(CultureInfo.CurrentCulture, L[t.MarginThresholdIsOverall ? "Thresholds_Overall" : "Thresholds_Fixed"],
                Format.Percent(t.HighRevenueShare), Format.Money(t.HighRevenueFrom), Format.Percent(t.MarginThreshold), Format.Money(t.ContributionFloor))
                + (t.MarginAfterSalesCost ? " · " + L["Settings_AfterSalesCost"] : string.Empty);
        }
    }

    private string PotentialText => analysis!.Potentials.HighFrom is null
        ? L["Potential_None"]
        : string.Format(CultureInfo.CurrentCulture, L[companySettings?.PotentialHighFrom is null ? "Potential_Cutoffs" : "Potential_FixedCutoffs"],
            Format.Money(analysis.Potentials.MediumFrom), Format.Money(analysis.Potentials.HighFrom));

    /// <summary>The rule of a development stage with the company's thresholds.</summary>
    private string StageRule(DevelopmentStage stage) => stage switch
    {
        DevelopmentStage.Sporadic => string.Format(CultureInfo.CurrentCulture, L["StageRule_Sporadic"], companySettings!.RegularFromMonths - 1),
        DevelopmentStage.Regular => string.Format(CultureInfo.CurrentCulture, L["StageRule_Regular"], companySettings!.RegularFromMonths),
        DevelopmentStage.Partner => string.Format(CultureInfo.CurrentCulture, L["StageRule_Partner"], companySettings!.PartnerFromMonths,
            Format.Percent(companySettings.PartnerShareOfWallet)),
        _ => L["StageRule_Prospect"],
    };

    protected override async Task OnInitializedAsync()
    {
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().Date);
        periods = [.. Enumerable.Range(0, 4).Select(k => Period.Year(today.Year - k)),
            Period.Rolling12Months(today.Year, today.Month),
            .. Enumerable.Range(0, 8).Select(k => today.AddMonths(-3 * k)).Select(d => Period.Quarter(d.Year, ((d.Month - 1) / 3) + 1))];
        period = periods[0].ToString();

        await Session.RunAsync(async (services, a) =>
        {
            access = a;
            canEdit = PlatformSettingsService.CanEdit(a);
            companySettings = await services.GetRequiredService<PlatformSettingsService>().GetAsync(a.Company.Id);
            if (a.Scope.PersonId is null)
            {
                var db = services.GetRequiredService<SalgskraftDbContext>();
                units = (await db.Units(a.Scope).OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync())
                    .Select(u => (u.Id, u.Name)).ToList();
                people = (await db.People(a.Scope).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
                    .Select(p => (p.Id, p.Name)).ToList();
            }

            return true;
        });
        await LoadAsync();
    }

    private string PeriodLabel(Period p) => p.Kind switch
    {
        PeriodKind.Quarter => string.Format(CultureInfo.CurrentCulture, L["Period_Quarter"], ((p.Start.Month - 1) / 3) + 1, p.Start.Year),
        PeriodKind.Rolling12Months => string.Format(CultureInfo.CurrentCulture, L["Period_Rolling"], p.End.ToDateTime(TimeOnly.MinValue)),
        _ => p.ToString(),
    };

    private static string Colour(PlatformGroup group) => GroupColours[(int)group];

    private static string GapColour(decimal? gap) => gap switch
    {
        < 0 => "var(--mud-palette-error)",
        > 0 => "var(--mud-palette-success)",
        _ => "inherit",
    };

    private async Task PeriodChangedAsync(string value)
    {
        period = value;
        await LoadAsync();
    }

    private async Task UnitChangedAsync(int? value)
    {
        unitId = value;
        personId = null;
        await LoadAsync();
    }

    private async Task PersonChangedAsync(int? value)
    {
        personId = value;
        await LoadAsync();
    }

    private void GroupFilterChanged(PlatformGroup? value)
    {
        groupFilter = value;
        selection = CustomerSelection.All;
    }

    private void Show(CustomerSelection value) => selection = value;

    private void OpenCustomer(int id) => Navigation.NavigateTo($"/customer-platform/customers/{id}");

    private async Task ApplyWhatIfAsync(PlatformOverrides? value)
    {
        overrides = value;
        await LoadAsync();
    }

    /// <summary>Saves the applied what-if as the company's settings (targets unchanged); the page then shows the saved settings.</summary>
    private async Task SaveWhatIfAsync()
    {
        if (overrides is not { } o || companySettings is not { } current)
        {
            return;
        }

        error = null;
        try
        {
            companySettings = await Session.RunAsync((services, a) => services.GetRequiredService<PlatformSettingsService>().SaveAsync(a, current with
            {
                HighRevenueShare = o.HighRevenueShare ?? current.HighRevenueShare,
                MarginThreshold = o.OverallMargin ? null : o.MarginThreshold ?? current.MarginThreshold,
                ContributionFloor = o.ContributionFloor ?? current.ContributionFloor,
                MarginAfterSalesCost = o.MarginAfterSalesCost ?? current.MarginAfterSalesCost,
            }));
        }
        catch (ValidationFailedException e)
        {
            error = e.MessageIn(CultureInfo.CurrentUICulture);
            return;
        }

        overrides = null;
        settingsVersion++;
        await LoadAsync();
    }

    private async Task SettingsSavedAsync()
    {
        companySettings = await Session.RunAsync((services, a) => services.GetRequiredService<PlatformSettingsService>().GetAsync(a.Company.Id));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        analysis = null;
        error = null;
        selection = CustomerSelection.All;
        Period.TryParse(period, out var p);
        try
        {
            analysis = await Session.RunAsync((services, a) =>
                services.GetRequiredService<PlatformAnalysisQuery>().GetAsync(a, p, new PlatformFilter(unitId, personId), overrides));
        }
        catch (ValidationFailedException e)
        {
            error = e.MessageIn(CultureInfo.CurrentUICulture);
        }
        catch (NotFoundException e)
        {
            error = e.Reason.In(CultureInfo.CurrentUICulture);
        }
    }

    private async Task ExportAsync()
    {
        exporting = true;
        try
        {
            await FileDownload.SaveAsync(JS, PlatformWorkbook.FileName(analysis!), FileDownload.Xlsx, PlatformWorkbook.Create(analysis!, L));
        }
        finally
        {
            exporting = false;
        }
    }
}
