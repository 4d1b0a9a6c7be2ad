using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Salgskraft.Core.Identity;

namespace Salgskraft.Web.Features.Auth;

public sealed record LoginRequest(string Email, string Password);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/auth").WithTags("Auth");
        api.MapPost("/login", Login)
            .WithName("Login")
            .WithSummary("Exchange e-mail and password for a bearer token (lockout after repeated failures).")
            .AllowAnonymous();
        return routes;
    }

    /// <summary>Issues an Identity bearer token; failures all look alike except lockout, which the user must know about.</summary>
    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(LoginRequest request,
        UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var user = await users.FindByEmailAsync(request.Email ?? string.Empty);
        if (user is null)
        {
            return Unauthorized("Wrong e-mail or password.");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Unauthorized("The account is locked after too many failed attempts. Try again later.");
        }

        if (!result.Succeeded)
        {
            return Unauthorized("Wrong e-mail or password.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Unauthorized(string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: title);
}
