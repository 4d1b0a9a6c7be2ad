using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using MudBlazor;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Goals;

/// <summary>The manager's team goals for a period and the distribution of a unit goal to the team (docs/goals.md §2).</summary>
public partial class GoalsPage
{
    private static readonly string[] Methods = [.. Enum.GetValues<DistributionMethod>().Select(m => m.WireName())];

    private static readonly GoalKind[] DistributableKinds =
        [.. Enum.GetValues<GoalKind>().Where(k => k.Accrual() == GoalAccrual.Cumulative && k.Unit() == GoalUnit.Money && !k.NeedsSubject())];

    private readonly Dictionary<string, decimal> weights = new(StringComparer.Ordinal) { ["lastYear"] = 1, ["potential"] = 1 };
    private readonly Dictionary<int, string?> adjustments = [];
    private IReadOnlyList<GoalDto> goals = [];
    private List<(int Id, string Name)> units = [];
    private DistributionResult? preview;
    private string period = string.Empty;
    private string currency = string.Empty;
    private string? total;
    private string method = "lastYear";
    private GoalKind metric = GoalKind.Revenue;
    private int? unitId;
    private bool months;
    private bool canDistribute;
    private bool loading = true;
    private bool busy;
    private string? distributionError;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        period = Clock.GetLocalNow().Year.ToString(CultureInfo.InvariantCulture);
        await Session.RunAsync(async (services, access) =>
        {
            currency = access.Company.Currency;
            canDistribute = access.Role != AccessRole.Salesperson;
            var db = services.GetRequiredService<SalgskraftDbContext>();
            units = [.. (await db.Units(access.Scope).OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync()).Select(u => (u.Id, u.Name))];
            var own = access.PersonId is { } personId ? await db.People.Where(p => p.Id == personId).Select(p => p.UnitId).SingleOrDefaultAsync() : null;
            unitId = units.Any(u => u.Id == own) ? own : units.FirstOrDefault().Id;
            return true;
        });
        await LoadAsync();
    }

    private async Task PeriodChangedAsync(string value)
    {
        period = value.Trim();
        preview = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loading = true;
        try
        {
            goals = await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>().ListAsync(access, period)) ?? [];
        }
        catch (ValidationFailedException e)
        {
            goals = [];
            Snackbar.Add(e.MessageIn(CultureInfo.CurrentUICulture), Severity.Error);
        }
        finally
        {
            loading = false;
        }
    }

    private async Task ExportAsync()
    {
        var rows = await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>().ListEvaluatedAsync(access, period));
        await FileDownload.SaveAsync(JS, GoalWorkbook.FileName(period), FileDownload.Xlsx, GoalWorkbook.Create(rows ?? [], period, L));
    }

    private Task PreviewAsync() => RunAsync(dryRun: true);

    private async Task ProposeAsync()
    {
        await RunAsync(dryRun: false);
        if (distributionError is null)
        {
            Snackbar.Add(L["Distribute_Proposed"], Severity.Success);
            preview = null;
            adjustments.Clear();
            await LoadAsync();
        }
    }

    private async Task RunAsync(bool dryRun)
    {
        distributionError = null;
        if (GoalFormat.Parse(total) is not { } whole)
        {
            distributionError = L["Distribute_TotalRequired"];
            return;
        }

        busy = true;
        try
        {
            var manual = adjustments.Where(a => GoalFormat.Parse(a.Value) is not null)
                .ToDictionary(a => a.Key.ToString(CultureInfo.InvariantCulture), a => GoalFormat.Parse(a.Value)!.Value, StringComparer.Ordinal);
            var request = new DistributionRequest(metric, period, whole, method, dryRun, unitId,
                Weights: method == "mix" ? weights : null, Adjustments: manual.Count > 0 ? manual : null, Months: months);
            preview = await Session.RunAsync((services, access) => services.GetRequiredService<GoalDistributionService>().DistributeAsync(access, request));
        }
        catch (ValidationFailedException e)
        {
            distributionError = e.MessageIn(CultureInfo.CurrentUICulture);
        }
        finally
        {
            busy = false;
        }
    }
}
