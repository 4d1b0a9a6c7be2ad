using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Salgskraft.Core.Common;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Goals;

/// <summary>One goal: figures, the agreement with its history and the step the caller can take, KPIs, activity plan, actions, notes.</summary>
public partial class GoalPage
{
    private GoalDetailDto? detail;
    private ActivityPlanDto? plan;
    private bool notFound;
    private bool busy;
    private string? answerTarget;
    private string? answerComment;
    private string? actionError;
    private string? manualActual;
    private string? newAction;
    private DateTime? newActionDue;
    private string? newNote;
    private int historyMonths = 12;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            detail = await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>().GetAsync(access, Id));
            manualActual = detail?.Goal.ManualActual?.ToString(CultureInfo.CurrentCulture);
        }
        catch (NotFoundException)
        {
            notFound = true;
            detail = null;
        }
    }

    private async Task ActAsync(GoalAgreementAction action)
    {
        actionError = null;
        var target = GoalFormat.Parse(answerTarget);
        if (action is GoalAgreementAction.Propose or GoalAgreementAction.CounterPropose && target is null)
        {
            actionError = L["Answer_TargetRequired"];
            return;
        }

        await RunAsync(async () =>
        {
            detail = await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>()
                .ActAsync(access, Id, new AgreementRequest(action, target, string.IsNullOrWhiteSpace(answerComment) ? null : answerComment)));
            answerTarget = null;
            answerComment = null;
            Snackbar.Add(L["Step_" + action], Severity.Success);
        }, e => actionError = e);
    }

    private Task SaveManualActualAsync() => RunAsync(async () =>
    {
        var value = GoalFormat.Parse(manualActual);
        await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>()
            .UpdateAsync(access, Id, new UpdateGoalRequest(value, ClearManualActual: value is null)));
        await LoadAsync();
    });

    private Task PlanAsync(bool dryRun) => RunAsync(async () =>
    {
        plan = await Session.RunAsync((services, access) => services.GetRequiredService<ActivityPlanService>()
            .PlanAsync(access, Id, new ActivityPlanRequest(historyMonths, dryRun)));
        if (!dryRun)
        {
            Snackbar.Add(L["Plan_Proposed"], Severity.Success);
            await LoadAsync();
        }
    });

    private Task AddActionAsync() => RunAsync(async () =>
    {
        await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>().AddActionAsync(access, Id,
            new AddActionRequest(newAction ?? string.Empty, access.PersonId, newActionDue is { } d ? DateOnly.FromDateTime(d) : null)));
        newAction = null;
        newActionDue = null;
        await LoadAsync();
    });

    private Task SetActionStatusAsync(int actionId, GoalActionStatus status) => RunAsync(async () =>
    {
        await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>().UpdateActionAsync(access, Id, actionId, new UpdateActionRequest(status)));
        await LoadAsync();
    });

    private Task AddNoteAsync() => RunAsync(async () =>
    {
        await Session.RunAsync((services, access) => services.GetRequiredService<GoalService>().AddNoteAsync(access, Id, new AddNoteRequest(newNote ?? string.Empty)));
        newNote = null;
        await LoadAsync();
    });

    /// <summary>Runs one change with the busy flag; a broken rule is shown, not thrown.</summary>
    private async Task RunAsync(Func<Task> work, Action<string>? onError = null)
    {
        busy = true;
        try
        {
            await work();
        }
        catch (ValidationFailedException e)
        {
            var message = e.MessageIn(CultureInfo.CurrentUICulture);
            if (onError is null)
            {
                Snackbar.Add(message, Severity.Error);
            }
            else
            {
                onError(message);
            }
        }
        finally
        {
            busy = false;
        }
    }
}
