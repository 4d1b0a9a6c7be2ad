using Microsoft.AspNetCore.Http.HttpResults;
using Salgskraft.Core.Goals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Goals;

/// <summary>Strategies worked backwards under <c>/api/v1/strategies</c>.</summary>
public static class StrategyEndpoints
{
    public static RouteGroupBuilder MapStrategyEndpoints(this RouteGroupBuilder api)
    {
        var strategies = api.MapGroup("/strategies").WithTags("Strategies");
        strategies.MapGet("/", List).WithName("ListStrategies").WithSummary("The strategies the caller may see, with plan and actual path.");
        strategies.MapGet("/{id:int}", Get).WithName("GetStrategy").WithSummary("One strategy with its sub-goals and actual path (else 404).");
        strategies.MapPost("/", Create).WithName("CreateStrategy")
            .WithSummary("Creates a strategy: the starting point is measured from the data and sub-goals are placed backwards from the main goal.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<StrategyDto>>> List(CurrentAccess current, StrategyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(current.Context, cancellationToken));

    public static async Task<Ok<StrategyDto>> Get(int id, CurrentAccess current, StrategyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(current.Context, id, cancellationToken));

    public static async Task<Created<StrategyDto>> Create(CreateStrategyRequest request, CurrentAccess current, StrategyService service,
        CancellationToken cancellationToken)
    {
        var strategy = await service.CreateAsync(current.Context, request, cancellationToken);
        return TypedResults.Created($"/api/v1/strategies/{strategy.Id}", strategy);
    }
}
