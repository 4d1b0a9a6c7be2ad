using System.Globalization;

namespace Salgskraft.Core.Organization;

/// <summary>The cultures the user interface speaks; nb-NO is the default.</summary>
public static class Cultures
{
    public const string Default = "nb-NO";

    public static readonly IReadOnlyList<string> Supported = ["nb-NO", "da-DK", "en"];

    public static bool IsSupported(string? name) =>
        name is not null && Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static CultureInfo Get(string name) => CultureInfo.GetCultureInfo(name);
}
