using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Me;

public sealed record MeResponse(string UserId, string Email, string Role, PersonRef? Person, CompanyInfo Company, IReadOnlyList<CompanyInfo> Companies);

public sealed record PersonRef(int Id, string Name);

public sealed record CompanyInfo(string Slug, string Name, string Currency, string Culture);

public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", Get).WithName("GetMe").WithSummary("The signed-in user, their person, role and company.").WithTags("Me");
        return api;
    }

    public static MeResponse Get(CurrentAccess current)
    {
        var a = current.Context;
        return new MeResponse(a.UserId, a.Email, a.Role.ToString(),
            a.PersonId is { } id ? new PersonRef(id, a.PersonName ?? string.Empty) : null,
            Info(a.Company), a.Companies.Select(Info).ToList());

        static CompanyInfo Info(Core.Access.CompanyRef c) => new(c.Slug, c.Name, c.Currency, c.Culture);
    }
}
