using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;

namespace Salgskraft.Web.Infrastructure;

/// <summary>
/// The UI's way to data. A Blazor circuit lives long, so each call gets its own service scope (and so its
/// own DbContext), resolves access with the same rule the API uses, and runs the work inside it.
/// Access is re-checked against the database on every call.
/// </summary>
public sealed class UiSession(AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
{
    /// <summary>Runs <paramref name="work"/> with the caller's access; null when the user may no longer see anything.</summary>
    public async Task<TResult?> RunAsync<TResult>(Func<IServiceProvider, AccessContext, Task<TResult>> work,
        CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var (access, _) = await scope.ServiceProvider.GetRequiredService<AccessResolver>()
            .ResolveAsync(state.User, companySlug: null, cancellationToken);
        return access is null ? default : await work(scope.ServiceProvider, access);
    }

    /// <summary>Remembers the company the user switched to; only a company they are a member of.</summary>
    public async Task<bool> SelectCompanyAsync(string slug, CancellationToken cancellationToken = default) =>
        await RunAsync(async (services, access) =>
        {
            var company = access.Companies.FirstOrDefault(c => c.Slug == slug);
            if (company is null)
            {
                return false;
            }

            await services.GetRequiredService<SalgskraftDbContext>().Users.Where(u => u.Id == access.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.SelectedCompanyId, company.Id), cancellationToken);
            return true;
        }, cancellationToken);
}
