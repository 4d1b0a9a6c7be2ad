using Microsoft.AspNetCore.Http.HttpResults;
using Salgskraft.Core.Activities;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Activities;

public static class ActivityEndpoints
{
    public static RouteGroupBuilder MapActivityEndpoints(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/activities").WithTags("Activities");
        activities.MapGet("/", List).WithName("ListActivities")
            .WithSummary("Activities the caller may see, newest first, filtered by person, customer, type, deal and dates (from/to), paged.");
        activities.MapGet("/{id:int}", Get).WithName("GetActivity").WithSummary("One activity, if the caller may see it (else 404).");
        activities.MapPost("/", Create).WithName("CreateActivity")
            .WithSummary("Logs an activity for the caller (or, for a manager, a person in their units). Errors are keyed by field.")
            .ProducesValidationProblem();
        activities.MapPut("/{id:int}", Update).WithName("UpdateActivity").WithSummary("Changes an activity the caller may see.").ProducesValidationProblem();
        activities.MapDelete("/{id:int}", Delete).WithName("DeleteActivity").WithSummary("Deletes an activity the caller may see.");
        activities.MapGet("/week", Week).WithName("GetActivityWeek")
            .WithSummary("The week view: counts per type against the weekly activity goals and the share of working time with customers (reference 40–60 %).");
        activities.MapGet("/types", Types).WithName("ListActivityTypes").WithSummary("The company's activity types and the cost of one activity of each.");
        activities.MapPost("/types", AddType).WithName("AddActivityType").WithSummary("Adds a company activity type (director or administrator).")
            .ProducesValidationProblem();
        activities.MapPut("/types/{id:int}", UpdateType).WithName("UpdateActivityType")
            .WithSummary("Renames a type or sets its cost per activity (director or administrator).").ProducesValidationProblem();
        activities.MapGet("/goals/{personId:int}", Goals).WithName("GetActivityGoals").WithSummary("A person's weekly activity goals.");
        activities.MapPut("/goals/{personId:int}", SetGoals).WithName("SetActivityGoals")
            .WithSummary("Replaces a person's weekly activity goals (their manager, a director or an administrator).").ProducesValidationProblem();
        return api;
    }

    public static async Task<IReadOnlyList<ActivityDto>> List(CurrentAccess current, ActivityService service, int? personId, int? customerId,
        int? activityTypeId, int? dealId, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellationToken) =>
        await service.ListAsync(current.Context, new ActivityFilter(personId, customerId, activityTypeId, dealId, from, to, page ?? 1, pageSize ?? 100),
            cancellationToken);

    public static async Task<Ok<ActivityDto>> Get(int id, CurrentAccess current, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(current.Context, id, cancellationToken));

    public static async Task<Created<ActivityDto>> Create(ActivityInput input, CurrentAccess current, ActivityService service,
        CancellationToken cancellationToken)
    {
        var activity = await service.CreateAsync(current.Context, input, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", activity);
    }

    public static async Task<Ok<ActivityDto>> Update(int id, ActivityInput input, CurrentAccess current, ActivityService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateAsync(current.Context, id, input, cancellationToken));

    public static async Task<NoContent> Delete(int id, CurrentAccess current, ActivityService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(current.Context, id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<WeekSummaryDto>> Week(CurrentAccess current, ActivityService service, int? personId, int? year, int? week,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.WeekAsync(current.Context, personId, year, week, cancellationToken));

    public static async Task<IReadOnlyList<ActivityTypeDto>> Types(CurrentAccess current, ActivityService service, CancellationToken cancellationToken) =>
        await service.TypesAsync(current.Context, cancellationToken);

    public static async Task<Ok<ActivityTypeDto>> AddType(ActivityTypeInput input, CurrentAccess current, ActivityService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AddTypeAsync(current.Context, input, cancellationToken));

    public static async Task<Ok<ActivityTypeDto>> UpdateType(int id, ActivityTypeInput input, CurrentAccess current, ActivityService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateTypeAsync(current.Context, id, input, cancellationToken));

    public static async Task<Ok<IReadOnlyList<ActivityGoalDto>>> Goals(int personId, CurrentAccess current, ActivityService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GoalsAsync(current.Context, personId, cancellationToken));

    public static async Task<Ok<IReadOnlyList<ActivityGoalDto>>> SetGoals(int personId, List<ActivityGoalDto> goals, CurrentAccess current,
        ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetGoalsAsync(current.Context, personId, goals, cancellationToken));
}
