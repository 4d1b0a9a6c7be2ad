using System.Globalization;

namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>Money and percentages in the user's culture, as the platform's pages show them.</summary>
public static class Format
{
    public static string Money(decimal value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Money(decimal value, string currency) => $"{Money(value)} {currency}";

    public static string Money(decimal? value) => value is { } v ? Money(v) : "–";

    /// <summary>A fraction as a percentage with one decimal (0.1777 → 17,8 %); a dash when unknown.</summary>
    public static string Percent(decimal? value) => value is { } v ? v.ToString("P1", CultureInfo.CurrentCulture) : "–";

    /// <summary>A gap in percentage points with its sign.</summary>
    public static string Points(decimal? value) =>
        value is { } v ? (v * 100m).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture) + " pp" : "–";
}
