using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Salgskraft.Core.Export;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Goals;

/// <summary>Goals, their co-ownership, distribution, activity plans and period reviews under <c>/api/v1/goals</c>.</summary>
public static class GoalEndpoints
{
    public static RouteGroupBuilder MapGoalEndpoints(this RouteGroupBuilder api)
    {
        var goals = api.MapGroup("/goals").WithTags("Goals");
        goals.MapGet("/", List).WithName("ListGoals").WithSummary("The goals the caller may see, optionally of one period and owner.");
        goals.MapGet("/{id:int}", Get).WithName("GetGoal").WithSummary("One goal with its evaluation, agreement history, KPIs, actions and notes (else 404).");
        goals.MapPost("/", Create).WithName("CreateGoal").WithSummary("Creates a goal; a person's goal starts as a proposal by the caller's side.");
        goals.MapPatch("/{id:int}", Update).WithName("UpdateGoal").WithSummary("Sets the hand-entered actual or the weight of a goal.");
        goals.MapPost("/{id:int}/agreement", Act).WithName("ActOnGoalAgreement")
            .WithSummary("One agreement step: propose, comment, counterPropose, agree or withdraw; the other side is notified.");
        goals.MapPost("/{id:int}/actions", AddAction).WithName("AddGoalAction").WithSummary("Adds an action (tiltak) under a goal.");
        goals.MapPatch("/{id:int}/actions/{actionId:int}", UpdateAction).WithName("UpdateGoalAction").WithSummary("Sets an action's status.");
        goals.MapPost("/{id:int}/notes", AddNote).WithName("AddGoalNote").WithSummary("Adds a feedback note to a goal.");
        goals.MapPost("/{id:int}/activity-plan", Plan).WithName("PlanGoalActivity")
            .WithSummary("Works a person's revenue goal back to deals, quotes, meetings and calls; without dryRun proposes the KPI goals.");
        goals.MapPost("/distribution", Distribute).WithName("DistributeGoal")
            .WithSummary("Distributes a unit goal to its salespeople; without dryRun stores the unit goal and proposes each part.");
        goals.MapGet("/export", Export).WithName("ExportGoals").WithSummary("The visible goals of a period, evaluated today, as an .xlsx workbook.")
            .Produces(StatusCodes.Status200OK, contentType: XlsxExport.ContentType);
        // The API authenticates with bearer tokens only, never cookies, so a form post needs no antiforgery token.
        goals.MapPost("/import", Import).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithName("ImportGoals")
            .WithSummary("Imports goals from CSV or xlsx (multipart: file, dryRun), all or nothing; the errors with line, column, value and reason.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        goals.MapGet("/reviews", Reviews).WithName("ListPeriodReviews").WithSummary("The closed periods of a person (by default the caller), newest first.");
        goals.MapPost("/reviews", Close).WithName("ClosePeriod").WithSummary("Closes a person's period with the results of their goals and the lessons.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<GoalDto>>> List(CurrentAccess current, GoalService service, string? period, GoalOwnerLevel? ownerLevel,
        int? ownerId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(current.Context, period, ownerLevel, ownerId, cancellationToken));

    public static async Task<Ok<GoalDetailDto>> Get(int id, CurrentAccess current, GoalService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(current.Context, id, cancellationToken));

    public static async Task<Created<GoalDto>> Create(CreateGoalRequest request, CurrentAccess current, GoalService service, CancellationToken cancellationToken)
    {
        var goal = await service.CreateAsync(current.Context, request, cancellationToken);
        return TypedResults.Created($"/api/v1/goals/{goal.Id}", goal);
    }

    public static async Task<Ok<GoalDto>> Update(int id, UpdateGoalRequest request, CurrentAccess current, GoalService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateAsync(current.Context, id, request, cancellationToken));

    public static async Task<Ok<GoalDetailDto>> Act(int id, AgreementRequest request, CurrentAccess current, GoalService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ActAsync(current.Context, id, request, cancellationToken));

    public static async Task<Ok<GoalActionDto>> AddAction(int id, AddActionRequest request, CurrentAccess current, GoalService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AddActionAsync(current.Context, id, request, cancellationToken));

    public static async Task<Ok<GoalActionDto>> UpdateAction(int id, int actionId, UpdateActionRequest request, CurrentAccess current,
        GoalService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateActionAsync(current.Context, id, actionId, request, cancellationToken));

    public static async Task<Ok<GoalNoteDto>> AddNote(int id, AddNoteRequest request, CurrentAccess current, GoalService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AddNoteAsync(current.Context, id, request, cancellationToken));

    public static async Task<Ok<ActivityPlanDto>> Plan(int id, ActivityPlanRequest request, CurrentAccess current, ActivityPlanService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PlanAsync(current.Context, id, request, cancellationToken));

    public static async Task<Ok<DistributionResult>> Distribute(DistributionRequest request, CurrentAccess current, GoalDistributionService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.DistributeAsync(current.Context, request, cancellationToken));

    public static async Task<FileContentHttpResult> Export(string? period, CurrentAccess current, GoalService service, TimeProvider clock,
        IStringLocalizer<GoalsText> text, CancellationToken cancellationToken)
    {
        var p = period ?? clock.GetLocalNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(GoalWorkbook.Create(await service.ListEvaluatedAsync(current.Context, p, cancellationToken), p, text),
            XlsxExport.ContentType, GoalWorkbook.FileName(p));
    }

    public static async Task<Results<Ok<GoalImportResult>, ProblemHttpResult>> Import(IFormFile file, [FromForm] bool? dryRun, CurrentAccess current,
        GoalImport import, CancellationToken cancellationToken)
    {
        if (!GoalImport.MayImport(current.Context))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Goals are imported by managers, directors and administrators.");
        }

        await using var stream = file.OpenReadStream();
        var result = await import.ImportAsync(current.Context, stream, file.FileName, dryRun ?? false, cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file has errors; nothing was written.",
                detail: $"{result.TotalErrors} error(s) in {file.FileName}.",
                extensions: new Dictionary<string, object?> { ["errors"] = result.Errors, ["errorCount"] = result.TotalErrors });
    }

    /// <summary>The closed periods of <paramref name="personId"/>, by default the caller's own.</summary>
    public static async Task<Ok<IReadOnlyList<PeriodReviewDto>>> Reviews(int? personId, CurrentAccess current, PeriodReviewService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(current.Context, personId ?? current.Context.PersonId ?? 0, cancellationToken));

    public static async Task<Ok<PeriodReviewDto>> Close(ClosePeriodRequest request, CurrentAccess current, PeriodReviewService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CloseAsync(current.Context, request, cancellationToken));
}
