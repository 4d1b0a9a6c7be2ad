using Microsoft.AspNetCore.Http.HttpResults;
using Salgskraft.Core.Goals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.SteeringPlatform;

public static class SteeringPlatformEndpoints
{
    public static RouteGroupBuilder MapSteeringPlatformEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/steering-platform", Get)
            .WithName("GetSteeringPlatform")
            .WithSummary("The signed-in salesperson's steering platform for a period (a manager may name one of their people): each goal's kind, metric, target, actual, expected, forecast and status.")
            .WithTags("Steering platform");
        return api;
    }

    public static async Task<Ok<SteeringPlatformDto>> Get(CurrentAccess current, SteeringPlatformQuery query, string? period, int? personId,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.GetAsync(current.Context, period, personId, cancellationToken));
}
