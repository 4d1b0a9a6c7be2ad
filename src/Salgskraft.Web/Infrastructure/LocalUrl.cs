namespace Salgskraft.Web.Infrastructure;

/// <summary>Return URLs must stay on this site, so a crafted link cannot send a user elsewhere after sign-in.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal);

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
