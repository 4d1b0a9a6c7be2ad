using Microsoft.AspNetCore.Http.HttpResults;
using Salgskraft.Core.Deals;
using Salgskraft.Domain.Deals;
using Salgskraft.Web.Features.ResultModel;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Deals;

public sealed record MoveDealRequest(int StageId);

public sealed record CloseDealRequest(bool Won, string? LostReason = null, DateOnly? ClosedOn = null);

public static class DealEndpoints
{
    public static RouteGroupBuilder MapDealEndpoints(this RouteGroupBuilder api)
    {
        var deals = api.MapGroup("/deals").WithTags("Deals");
        deals.MapGet("/", List).WithName("ListDeals").WithSummary("Deals the caller may see, newest first, filtered by person, customer, status and stage.");
        deals.MapGet("/{id:int}", Get).WithName("GetDeal").WithSummary("One deal, if the caller may see it (else 404).");
        deals.MapPost("/", Create).WithName("CreateDeal").WithSummary("Creates an open deal in the given stage (or the first).").ProducesValidationProblem();
        deals.MapPut("/{id:int}", Update).WithName("UpdateDeal").WithSummary("Changes a deal; a new stage is recorded as a move.").ProducesValidationProblem();
        deals.MapPost("/{id:int}/move", Move).WithName("MoveDeal").WithSummary("Moves an open deal to another stage and records the change.")
            .ProducesValidationProblem();
        deals.MapPost("/{id:int}/close", Close).WithName("CloseDeal").WithSummary("Closes a deal as won, or lost with its reason.").ProducesValidationProblem();
        deals.MapPost("/{id:int}/reopen", Reopen).WithName("ReopenDeal").WithSummary("Opens a closed deal again.");
        deals.MapGet("/{id:int}/history", History).WithName("GetDealHistory").WithSummary("The deal's stage changes, oldest first.");
        deals.MapGet("/pipeline", PipelineSummary).WithName("GetPipeline")
            .WithSummary("Pipeline and weighted pipeline now; closing rate and conversion meeting → quote → won of the deals closed in the period.");
        deals.MapGet("/stuck", Stuck).WithName("ListStuckDeals").WithSummary("Open deals with no activity and no stage change for the company's N days.");
        deals.MapGet("/stages", Stages).WithName("ListDealStages").WithSummary("The company's deal stages with their probabilities.");
        return api;
    }

    public static async Task<IReadOnlyList<DealDto>> List(CurrentAccess current, DealService service, int? personId, int? customerId,
        DealStatus? status, int? stageId, CancellationToken cancellationToken) =>
        await service.ListAsync(current.Context, new DealFilter(personId, customerId, status, stageId), cancellationToken);

    public static async Task<Ok<DealDto>> Get(int id, CurrentAccess current, DealService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(current.Context, id, cancellationToken));

    public static async Task<Created<DealDto>> Create(DealInput input, CurrentAccess current, DealService service, CancellationToken cancellationToken)
    {
        var deal = await service.CreateAsync(current.Context, input, cancellationToken);
        return TypedResults.Created($"/api/v1/deals/{deal.Id}", deal);
    }

    public static async Task<Ok<DealDto>> Update(int id, DealInput input, CurrentAccess current, DealService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateAsync(current.Context, id, input, cancellationToken));

    public static async Task<Ok<DealDto>> Move(int id, MoveDealRequest request, CurrentAccess current, DealService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MoveAsync(current.Context, id, request.StageId, cancellationToken));

    public static async Task<Ok<DealDto>> Close(int id, CloseDealRequest request, CurrentAccess current, DealService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CloseAsync(current.Context, id, request.Won, request.LostReason, request.ClosedOn, cancellationToken));

    public static async Task<Ok<DealDto>> Reopen(int id, CurrentAccess current, DealService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReopenAsync(current.Context, id, cancellationToken));

    public static async Task<Ok<IReadOnlyList<DealStageChangeDto>>> History(int id, CurrentAccess current, DealService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.HistoryAsync(current.Context, id, cancellationToken));

    public static async Task<Ok<PipelineSummaryDto>> PipelineSummary(CurrentAccess current, DealService service, TimeProvider clock, string? period,
        int? personId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SummaryAsync(current.Context, PeriodQuery.Parse(period, PeriodQuery.ThisYear(clock)), personId, cancellationToken));

    public static async Task<IReadOnlyList<DealDto>> Stuck(CurrentAccess current, DealService service, CancellationToken cancellationToken) =>
        await service.StuckAsync(current.Context, cancellationToken);

    public static async Task<IReadOnlyList<DealStageDto>> Stages(CurrentAccess current, DealService service, CancellationToken cancellationToken) =>
        await service.StagesAsync(current.Context, cancellationToken);
}
