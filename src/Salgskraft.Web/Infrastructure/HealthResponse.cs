using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Salgskraft.Web.Infrastructure;

/// <summary><c>/health</c> as JSON: overall status and each check (the database among them).</summary>
public static class HealthResponse
{
    public static readonly HealthCheckOptions Options = new()
    {
        ResponseWriter = (context, report) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
            }));
        },
    };
}
