using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Auth;

/// <summary>Browser-only requests of the UI shell that must set or clear cookies: log out, switch language.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/logout", Logout).RequireAuthorization();
        account.MapGet("/culture", SwitchCulture);
        return routes;
    }

    /// <summary>A form post from the layout; checked for its antiforgery token, so no other site can sign a user out.</summary>
    private static async Task<IResult> Logout(HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/login");
    }

    private static IResult SwitchCulture(HttpContext http, string culture, string? returnUrl)
    {
        if (Cultures.IsSupported(culture))
        {
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        }

        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
