using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Organization;

public sealed record UnitResponse(int Id, string ExternalId, string Name, int? ParentId);

public sealed record PersonResponse(int Id, string ExternalId, string Name, string Role, int? UnitId, DateOnly? StartDate);

public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganizationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/units", Units).WithName("ListUnits").WithSummary("Units the caller may see.").WithTags("Organization");
        api.MapGet("/people", People).WithName("ListPeople").WithSummary("People the caller may see.").WithTags("Organization");
        return api;
    }

    public static Task<List<UnitResponse>> Units(CurrentAccess current, SalgskraftDbContext db, CancellationToken cancellationToken) =>
        db.Units(current.Context.Scope).OrderBy(u => u.Name)
            .Select(u => new UnitResponse(u.Id, u.ExternalId, u.Name, u.ParentId))
            .ToListAsync(cancellationToken);

    public static async Task<List<PersonResponse>> People(CurrentAccess current, SalgskraftDbContext db, CancellationToken cancellationToken)
    {
        var people = await db.People(current.Context.Scope).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return people.Select(p => new PersonResponse(p.Id, p.ExternalId, p.Name, p.Role.ToString(), p.UnitId, p.StartDate)).ToList();
    }
}
