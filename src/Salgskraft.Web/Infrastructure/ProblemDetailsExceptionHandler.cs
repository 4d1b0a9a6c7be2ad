using Microsoft.AspNetCore.Diagnostics;
using Salgskraft.Core.Common;

namespace Salgskraft.Web.Infrastructure;

/// <summary>Maps the application's known exceptions to ProblemDetails; anything else stays a 500.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, problem) = exception switch
        {
            ValidationFailedException v => (StatusCodes.Status400BadRequest,
                (Microsoft.AspNetCore.Mvc.ProblemDetails)new HttpValidationProblemDetails(v.Errors) { Title = "The input is not valid." }),
            NotFoundException n => (StatusCodes.Status404NotFound, new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = n.Message }),
            ForbiddenException f => (StatusCodes.Status403Forbidden, new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = f.Message }),
            _ => (0, null),
        };
        if (problem is null)
        {
            return false;
        }

        problem.Status = status;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
