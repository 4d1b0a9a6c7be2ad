using Salgskraft.Core.Home;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Home;

public static class HomeEndpoints
{
    public static RouteGroupBuilder MapHomeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard", Get)
            .WithName("GetDashboard")
            .WithSummary("This year's revenue, contribution and margin to date against the same days last year, for what the caller may see.")
            .WithTags("Home");
        return api;
    }

    public static Task<HomeDashboard> Get(CurrentAccess current, HomeFiguresQuery query, int? year, int? unitId,
        CancellationToken cancellationToken) => query.GetAsync(current.Context, year, unitId, cancellationToken);
}
