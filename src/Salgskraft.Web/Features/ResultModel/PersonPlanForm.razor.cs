using System.Globalization;
using Microsoft.AspNetCore.Components;
using Salgskraft.Core.Activities;
using Salgskraft.Core.Common;
using Salgskraft.Core.ResultModel;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.ResultModel;

/// <summary>
/// The manager's forms on a person's page: the person's result-model plan (an empty figure takes the company's
/// setting) and their weekly activity goals, one line per activity type. Shares in percent on screen, fractions stored.
/// </summary>
public partial class PersonPlanForm
{
    private PlanModel? plan;
    private List<GoalModel> goals = [];
    private SalesSettingsDto company = default!;
    private HashSet<string> planErrors = [];
    private HashSet<string> goalErrors = [];
    private string currency = string.Empty;
    private bool saving;
    private bool planSaved;
    private bool goalsSaved;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Parameter]
    public int PersonId { get; set; }

    /// <summary>Called after a save, so the page can show the indices under the new plan.</summary>
    [Parameter]
    public EventCallback OnSaved { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        plan = await Session.RunAsync(async (services, a) =>
        {
            currency = a.Company.Currency;
            company = await services.GetRequiredService<SalesSettingsService>().GetAsync(a);
            var activities = services.GetRequiredService<ActivityService>();
            var existing = (await activities.GoalsAsync(a, PersonId)).ToDictionary(g => g.ActivityTypeId);
            goals = [.. (await activities.TypesAsync(a)).Select(t => existing.TryGetValue(t.Id, out var g)
                ? new GoalModel(t.Id, t.Name) { WeeklyTarget = g.WeeklyTarget, Weight = g.Weight, QualifiedOnly = g.QualifiedOnly }
                : new GoalModel(t.Id, t.Name))];
            return PlanModel.From(await services.GetRequiredService<ResultModelService>().PlanAsync(a, PersonId));
        });
    }

    private static bool Has(HashSet<string> errors, string field) => errors.Contains(field);

    private string CompanyValue(decimal share) =>
        string.Format(CultureInfo.CurrentCulture, T["CompanyValue"], share.ToString("P0", CultureInfo.CurrentCulture));

    private async Task SavePlanAsync()
    {
        planSaved = false;
        planErrors = await SaveAsync((services, a) => services.GetRequiredService<ResultModelService>().SetPlanAsync(a, plan!.ToDto(PersonId)));
        planSaved = planErrors.Count == 0;
    }

    /// <summary>Only lines with a target are kept: a type without a goal is not a goal of 0.</summary>
    private async Task SaveGoalsAsync()
    {
        goalsSaved = false;
        var kept = goals.Select((g, line) => (Goal: g, Line: line)).Where(x => x.Goal.WeeklyTarget != 0).ToList();
        var errors = await SaveAsync((services, a) => services.GetRequiredService<ActivityService>().SetGoalsAsync(a, PersonId,
            [.. kept.Select(x => new ActivityGoalDto(x.Goal.ActivityTypeId, x.Goal.WeeklyTarget, x.Goal.Weight, x.Goal.QualifiedOnly))]));
        goalErrors = [.. errors.Select(e => OnLine(e, kept))];
        goalsSaved = goalErrors.Count == 0;
    }

    /// <summary>Core names a field by its position in the list it was given (<c>goals[0].weight</c>); this is the form's line of it.</summary>
    private static string OnLine(string field, List<(GoalModel Goal, int Line)> kept)
    {
        var end = field.IndexOf(']', StringComparison.Ordinal);
        return field.StartsWith("goals[", StringComparison.Ordinal) && end > 6
            && int.TryParse(field.AsSpan(6, end - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < kept.Count
            ? string.Create(CultureInfo.InvariantCulture, $"goals[{kept[k].Line}]{field[(end + 1)..]}")
            : field;
    }

    private async Task<HashSet<string>> SaveAsync<TResult>(Func<IServiceProvider, Core.Access.AccessContext, Task<TResult>> work)
    {
        saving = true;
        try
        {
            await Session.RunAsync(work);
            await OnSaved.InvokeAsync();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return [.. e.Errors.Keys];
        }
        finally
        {
            saving = false;
        }
    }

    private sealed class PlanModel
    {
        public decimal? YearlyResultGoal { get; set; }

        public decimal? PlannedSharePercent { get; set; }

        public decimal? ClosingRateGoalPercent { get; set; }

        public decimal? MeetingToQuoteGoalPercent { get; set; }

        public static PlanModel From(ResultModelPlanDto p) => new()
        {
            YearlyResultGoal = p.YearlyResultGoal,
            PlannedSharePercent = p.PlannedShare * 100m,
            ClosingRateGoalPercent = p.ClosingRateGoal * 100m,
            MeetingToQuoteGoalPercent = p.MeetingToQuoteGoal * 100m,
        };

        public ResultModelPlanDto ToDto(int personId) =>
            new(personId, YearlyResultGoal, PlannedSharePercent / 100m, ClosingRateGoalPercent / 100m, MeetingToQuoteGoalPercent / 100m);
    }

    private sealed class GoalModel(int activityTypeId, string typeName)
    {
        public int ActivityTypeId { get; } = activityTypeId;

        public string TypeName { get; } = typeName;

        public decimal WeeklyTarget { get; set; }

        public decimal Weight { get; set; } = 1m;

        public bool QualifiedOnly { get; set; }
    }
}
