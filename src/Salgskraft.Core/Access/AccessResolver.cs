using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Access;

public enum AccessDenial
{
    /// <summary>No valid login: unknown user, disabled, or a token from before a security change.</summary>
    Unauthenticated,

    /// <summary>A valid login asking for a company it is not a member of.</summary>
    Forbidden,
}

/// <summary>
/// The one place that turns a signed-in principal into an <see cref="AccessContext"/>. It reads the user,
/// membership and units from the database on every call, so a disabled account or a changed role takes
/// effect at the next request, not when a cookie or token expires.
/// </summary>
public sealed class AccessResolver(SalgskraftDbContext db, IOptions<IdentityOptions> identityOptions)
{
    public async Task<(AccessContext? Access, AccessDenial? Denial)> ResolveAsync(ClaimsPrincipal principal,
        string? companySlug, CancellationToken cancellationToken = default)
    {
        var claims = identityOptions.Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        if (userId is null)
        {
            return (null, AccessDenial.Unauthenticated);
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (user is null || user.IsDisabled || (stamp is not null && stamp != user.SecurityStamp))
        {
            return (null, AccessDenial.Unauthenticated);
        }

        var memberships = await (
                from m in db.Memberships.AsNoTracking()
                join c in db.Companies on m.CompanyId equals c.Id
                where m.UserId == userId
                orderby c.Name
                select new { m.Role, m.PersonId, Company = new CompanyRef(c.Id, c.Slug, c.Name, c.Currency, c.Culture) })
            .ToListAsync(cancellationToken);
        if (memberships.Count == 0)
        {
            return (null, AccessDenial.Forbidden);
        }

        var membership = string.IsNullOrEmpty(companySlug)
            ? memberships.FirstOrDefault(m => m.Company.Id == user.SelectedCompanyId) ?? memberships[0]
            : memberships.SingleOrDefault(m => m.Company.Slug == companySlug);
        if (membership is null)
        {
            return (null, AccessDenial.Forbidden);
        }

        var companyId = membership.Company.Id;
        var person = membership.PersonId is { } personId
            ? await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Name, p.UnitId }).SingleAsync(cancellationToken)
            : null;
        var units = await db.Units.AsNoTracking().Where(u => u.CompanyId == companyId)
            .Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        var scope = VisibilityScope.For(companyId, membership.Role, membership.PersonId, person?.UnitId,
            units.Select(u => (u.Id, u.ParentId)));

        return (new AccessContext(user.Id, user.Email ?? user.UserName ?? user.Id, membership.Role, membership.PersonId,
            person?.Name, membership.Company, memberships.Select(m => m.Company).ToList(), scope), null);
    }
}
