using Salgskraft.Core.Access;

namespace Salgskraft.Web.Infrastructure;

/// <summary>
/// Runs before every protected API handler: resolves the caller against the database (so a disabled
/// account or changed role counts at once) and answers 401 or 403 before any data is read.
/// The company is the <c>X-Company</c> header's slug, else the user's selected company.
/// </summary>
public sealed class AccessFilter(AccessResolver resolver, CurrentAccess current) : IEndpointFilter
{
    public const string CompanyHeader = "X-Company";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (access, denial) = await resolver.ResolveAsync(http.User, http.Request.Headers[CompanyHeader].FirstOrDefault(),
            http.RequestAborted);
        if (access is null)
        {
            return denial == AccessDenial.Forbidden
                ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not a member of that company.")
                : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in again.");
        }

        current.Context = access;
        return await next(context);
    }
}
