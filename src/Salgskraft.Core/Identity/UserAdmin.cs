using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Identity;

/// <summary>Creates logins and gives them a role in a company.</summary>
public sealed class UserAdmin(SalgskraftDbContext db, UserManager<AppUser> users)
{
    /// <summary>
    /// Adds the user (or reuses an existing login with the same e-mail) and a membership in the company.
    /// A password is required for a new login and must meet the policy.
    /// </summary>
    public async Task<AppUser> AddAsync(string email, string companySlug, AccessRole role, string? personExternalId,
        string password, CancellationToken cancellationToken = default)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Slug == companySlug, cancellationToken)
            ?? throw ValidationFailedException.English("company", $"No company with slug '{companySlug}'.");

        int? personId = null;
        if (!string.IsNullOrWhiteSpace(personExternalId))
        {
            personId = await db.People
                .Where(p => p.CompanyId == company.Id && p.ExternalId == personExternalId)
                .Select(p => (int?)p.Id)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw ValidationFailedException.English("person", $"No person with external id '{personExternalId}' in '{companySlug}'.");
        }
        else if (role is AccessRole.Manager or AccessRole.Salesperson)
        {
            throw ValidationFailedException.English("person", $"A {role} must be linked to a person (--person <external-id>).");
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            ThrowIfFailed(await users.CreateAsync(user, password));
        }
        else if (await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.CompanyId == company.Id, cancellationToken))
        {
            throw ValidationFailedException.English("email", $"'{email}' is already a member of '{companySlug}'.");
        }

        db.Memberships.Add(new Membership { UserId = user.Id, CompanyId = company.Id, Role = role, PersonId = personId });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>Disables or re-enables a login. A new security stamp ends every cookie and token it holds at the next request.</summary>
    public async Task SetDisabledAsync(string email, bool disabled)
    {
        var user = await users.FindByEmailAsync(email) ?? throw new NotFoundException(AccessReasons.UserNotFound(email));
        user.IsDisabled = disabled;
        ThrowIfFailed(await users.UpdateAsync(user));
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Changes a user's role in a company; access is read from the database per request, so it applies at once.</summary>
    public async Task SetRoleAsync(string email, string companySlug, AccessRole role, CancellationToken cancellationToken = default)
    {
        var normalizedEmail = users.NormalizeEmail(email);
        var updated = await db.Memberships
            .Where(m => db.Users.Any(u => u.Id == m.UserId && u.NormalizedEmail == normalizedEmail)
                && db.Companies.Any(c => c.Id == m.CompanyId && c.Slug == companySlug))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, role), cancellationToken);
        if (updated == 0)
        {
            throw new NotFoundException(AccessReasons.NotAMember(email, companySlug));
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw ValidationFailedException.English(result.Errors
                .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
    }
}
