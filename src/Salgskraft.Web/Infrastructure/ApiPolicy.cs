namespace Salgskraft.Web.Infrastructure;

/// <summary>
/// The API accepts bearer tokens only. Cookies never authenticate an API call, so the API needs no
/// antiforgery tokens and a forged cross-site request carries no credentials.
/// </summary>
public static class ApiPolicy
{
    public const string Name = "Api";
}
