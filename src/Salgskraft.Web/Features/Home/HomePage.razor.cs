using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;
using Salgskraft.Core.Home;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Home;

public partial class HomePage
{
    private AccessContext? access;
    private HomeDashboard? dashboard;
    private List<(int Id, string Name)> units = [];
    private int? unitId;
    private List<ChartSeries<decimal>> series = [];
    private string[] monthLabels = [];

    [Inject]
    private UiSession Session { get; set; } = default!;

    private string FirstName => (access?.PersonName ?? access?.Email ?? string.Empty).Split(' ', '@')[0];

    private string ScopeText => access?.Scope switch
    {
        { IsWholeCompany: true } => L["Home_Scope_Company"],
        { PersonId: not null } => L["Home_Scope_Own"],
        _ => L["Home_Scope_Units"],
    };

    private string PreviousLabel => dashboard is null ? string.Empty
        : string.Format(CultureInfo.CurrentCulture, L["Home_LastYearSame"], dashboard.Year - 1);

    private decimal? MarginChange => dashboard?.YearToDate.Margin - dashboard?.LastYearSamePeriod.Margin;

    protected override async Task OnInitializedAsync()
    {
        await Session.RunAsync(async (services, a) =>
        {
            access = a;
            if (a.Scope.PersonId is null)
            {
                units = (await services.GetRequiredService<SalgskraftDbContext>().Units(a.Scope).OrderBy(u => u.Name)
                    .Select(u => new { u.Id, u.Name }).ToListAsync()).Select(u => (u.Id, u.Name)).ToList();
            }

            return true;
        });
        await LoadAsync();
    }

    private async Task UnitChangedAsync(int? value)
    {
        unitId = value;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        dashboard = await Session.RunAsync((services, a) =>
            services.GetRequiredService<HomeFiguresQuery>().GetAsync(a, unitId: unitId));
        if (dashboard is null)
        {
            return;
        }

        var culture = CultureInfo.CurrentCulture;
        monthLabels = dashboard.Months.Select(m => culture.DateTimeFormat.GetAbbreviatedMonthName(m.Month)).ToArray();
        series =
        [
            new ChartSeries<decimal> { Name = dashboard.Year.ToString(culture), Data = dashboard.Months.Select(m => m.Revenue).ToArray() },
            new ChartSeries<decimal> { Name = (dashboard.Year - 1).ToString(culture), Data = dashboard.Months.Select(m => m.LastYearRevenue).ToArray() },
        ];
    }

    private string Money(decimal value) =>
        string.Create(CultureInfo.CurrentCulture, $"{value:N0} {dashboard?.Currency}");

    private static string Percent(decimal? value) =>
        value is { } v ? v.ToString("P1", CultureInfo.CurrentCulture) : "–";

    private static decimal? Change(decimal current, decimal previous) =>
        previous == 0 ? null : (current - previous) / Math.Abs(previous);
}
