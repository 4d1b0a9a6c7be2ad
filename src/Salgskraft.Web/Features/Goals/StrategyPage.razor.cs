using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Goals;

/// <summary>Strategies worked backwards: a timeline from the starting point to the main goal, sub-goals on it, the actual path drawn over it.</summary>
public partial class StrategyPage
{
    private const int Width = 900;
    private const int Height = 260;
    private const int Pad = 30;

    private static readonly GoalKind[] StrategyKinds = [GoalKind.Revenue, GoalKind.Contribution, GoalKind.MarginPercent, GoalKind.NewCustomerRevenue];

    private IReadOnlyList<StrategyDto>? strategies;
    private bool canCreate;
    private bool busy;
    private string? mainGoal;
    private GoalKind metric = GoalKind.Revenue;
    private string? target;
    private DateTime? targetDate;
    private int subGoals = 3;
    private string? choices;
    private string? actions;
    private (GoalOwnerLevel Level, int Id)? owner;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await Session.RunAsync(async (services, access) =>
        {
            var unit = access.PersonId is { } personId
                ? await services.GetRequiredService<SalgskraftDbContext>().People.Where(p => p.Id == personId).Select(p => p.UnitId).SingleOrDefaultAsync()
                : null;
            owner = access.Scope.IsWholeCompany ? (GoalOwnerLevel.Company, access.Company.Id)
                : access.Role == AccessRole.Salesperson || unit is null ? (GoalOwnerLevel.Person, access.PersonId ?? 0)
                : (GoalOwnerLevel.Unit, unit.Value);
            canCreate = access.Role != AccessRole.Salesperson || access.PersonId is not null;
            return true;
        });
        await LoadAsync();
    }

    private async Task LoadAsync() =>
        strategies = await Session.RunAsync((services, access) => services.GetRequiredService<StrategyService>().ListAsync(access)) ?? [];

    private async Task CreateAsync()
    {
        if (owner is not { } o || GoalFormat.Parse(target) is not { } value || targetDate is not { } date)
        {
            Snackbar.Add(L["Strategy_Incomplete"], Severity.Warning);
            return;
        }

        busy = true;
        try
        {
            var request = new CreateStrategyRequest(mainGoal ?? string.Empty, metric, metric.Unit() == GoalUnit.Percent ? value / 100 : value,
                DateOnly.FromDateTime(date), o.Level, o.Id, Choices: Lines(choices), Actions: [.. Lines(actions).Select(a => new StrategyActionInput(a))],
                SubGoals: subGoals);
            await Session.RunAsync((services, access) => services.GetRequiredService<StrategyService>().CreateAsync(access, request));
            mainGoal = target = choices = actions = null;
            targetDate = null;
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

    private static string[] Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (decimal Min, decimal Max) Range(StrategyDto s)
    {
        var values = s.ActualPath.Select(p => p.Value).Append(s.StartValue).Append(s.Target).ToList();
        var (min, max) = (values.Min(), values.Max());
        return min == max ? (min - 1, max + 1) : (min, max);
    }

    private static (decimal X, decimal Y) Point(StrategyDto s, DateOnly date, decimal value)
    {
        var (min, max) = Range(s);
        var span = Math.Max(1, s.TargetDate.DayNumber - s.StartDate.DayNumber);
        var x = Pad + ((Width - (2 * Pad)) * (decimal)(date.DayNumber - s.StartDate.DayNumber) / span);
        var y = Height - Pad - ((Height - (3 * Pad)) * (value - min) / (max - min));
        return (decimal.Round(x, 1), decimal.Round(y, 1));
    }

    private static string Svg(IEnumerable<(decimal X, decimal Y)> points) =>
        string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X},{p.Y}")));

    /// <summary>The planned path: start → each sub-goal → main goal.</summary>
    private static string PlanPoints(StrategyDto s) => Svg(Plan(s).Select(p => Point(s, p.Date, p.Value)));

    private static string ActualPoints(StrategyDto s) =>
        Svg(s.ActualPath.Prepend(new StrategyPoint(s.StartDate, s.StartValue)).Select(p => Point(s, p.Date, p.Value)));

    private static IEnumerable<StrategyPoint> Plan(StrategyDto s) =>
        s.Items.Where(i => i.Kind == StrategyItemKind.SubGoal && i.Date is not null && i.Target is not null)
            .Select(i => new StrategyPoint(i.Date!.Value, i.Target!.Value))
            .Prepend(new StrategyPoint(s.StartDate, s.StartValue))
            .Append(new StrategyPoint(s.TargetDate, s.Target))
            .OrderBy(p => p.Date);

    /// <summary>A dot per point of the plan with its value above and its date below (SVG text cannot be written in Razor markup).</summary>
    private MarkupString MarkerSvg(StrategyDto s) => new(string.Concat(Plan(s).Select(p =>
    {
        var (x, y) = Point(s, p.Date, p.Value);
        var label = WebUtility.HtmlEncode(GoalFormat.Value(p.Value, s.Unit, string.Empty).Trim());
        var date = WebUtility.HtmlEncode(p.Date.ToString("MMM yy", CultureInfo.CurrentCulture));
        return string.Create(CultureInfo.InvariantCulture,
            $"""<circle cx="{x}" cy="{y}" r="5" fill="#1976d2"><title>{label}</title></circle><text x="{x}" y="{Height - Pad + 16}" font-size="11" text-anchor="middle">{date}</text><text x="{x}" y="{y - 10}" font-size="11" text-anchor="middle">{label}</text>""");
    })));
}
