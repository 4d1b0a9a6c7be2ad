using Microsoft.AspNetCore.Http.HttpResults;
using Salgskraft.Core.Common;
using Salgskraft.Core.ResultModel;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.ResultModel;

public static class ResultModelEndpoints
{
    public static RouteGroupBuilder MapResultModelEndpoints(this RouteGroupBuilder api)
    {
        var model = api.MapGroup("/result-model").WithTags("ResultModel");
        model.MapGet("/", Rows).WithName("GetResultModel")
            .WithSummary("One row per person the caller may see: qualify, quantity, quality and result index, weakest factor, actual result and its goal.");
        model.MapGet("/team", Team).WithName("GetTeamResultModel")
            .WithSummary("The people's rows, the team's and each unit's (weighted by result goal) and the trend over the last periods.");
        model.MapGet("/people/{personId:int}", Person).WithName("GetPersonResultModel")
            .WithSummary("A person's result model with how each index came about, and its trend.");
        model.MapGet("/plans/{personId:int}", Plan).WithName("GetResultModelPlan").WithSummary("A person's plan: result goal, planned share, quality goals.");
        model.MapPut("/plans/{personId:int}", SetPlan).WithName("SetResultModelPlan")
            .WithSummary("Sets a person's plan (their manager, a director or an administrator); empty figures take the company's settings.")
            .ProducesValidationProblem();
        model.MapGet("/settings", Settings).WithName("GetSalesSettings").WithSummary("The company's result-model and pipeline settings.");
        model.MapPut("/settings", SetSettings).WithName("SetSalesSettings")
            .WithSummary("Changes the company's result-model and pipeline settings (director or administrator).").ProducesValidationProblem();
        return api;
    }

    public static async Task<IReadOnlyList<ResultModelRowDto>> Rows(CurrentAccess current, ResultModelService service, TimeProvider clock, string? period,
        int? unitId, CancellationToken cancellationToken) =>
        await service.RowsAsync(current.Context, PeriodQuery.Parse(period, PeriodQuery.ThisYear(clock)), unitId, cancellationToken);

    public static async Task<Ok<ResultModelTeamDto>> Team(CurrentAccess current, ResultModelService service, TimeProvider clock, string? period,
        int? unitId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.TeamAsync(current.Context, PeriodQuery.Parse(period, PeriodQuery.ThisYear(clock)), unitId, cancellationToken));

    public static async Task<Ok<ResultModelPersonDto>> Person(int personId, CurrentAccess current, ResultModelService service, TimeProvider clock,
        string? period, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PersonAsync(current.Context, personId, PeriodQuery.Parse(period, PeriodQuery.ThisYear(clock)), cancellationToken));

    public static async Task<Ok<ResultModelPlanDto>> Plan(int personId, CurrentAccess current, ResultModelService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PlanAsync(current.Context, personId, cancellationToken));

    public static async Task<Ok<ResultModelPlanDto>> SetPlan(int personId, ResultModelPlanDto plan, CurrentAccess current, ResultModelService service,
        CancellationToken cancellationToken) =>
        plan.PersonId == personId
            ? TypedResults.Ok(await service.SetPlanAsync(current.Context, plan, cancellationToken))
            : throw new ValidationFailedException("personId", ResultModelReasons.PersonNotTheAddressed());

    public static async Task<Ok<SalesSettingsDto>> Settings(CurrentAccess current, SalesSettingsService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(current.Context, cancellationToken));

    public static async Task<Ok<SalesSettingsDto>> SetSettings(SalesSettingsDto settings, CurrentAccess current, SalesSettingsService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateAsync(current.Context, settings, cancellationToken));
}
