using System.Globalization;
using Microsoft.Extensions.Localization;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Web.Features.Goals;

/// <summary>Goal figures and names as the user reads them, in their culture.</summary>
public static class GoalFormat
{
    public static string Value(decimal? value, GoalUnit unit, string currency) => value is not { } v
        ? "–"
        : unit switch
        {
            GoalUnit.Money => string.Create(CultureInfo.CurrentCulture, $"{v:N0} {currency}"),
            GoalUnit.Percent => v.ToString("P1", CultureInfo.CurrentCulture),
            _ => v.ToString("#,0.##", CultureInfo.CurrentCulture),
        };

    public static string Metric(IStringLocalizer<GoalsText> l, GoalKind kind, string? subject) =>
        subject is null ? l["Metric_" + kind] : string.Create(CultureInfo.CurrentCulture, $"{l["Metric_" + kind]}: {subject}");

    public static MudBlazor.Color LightColor(TrafficLight light) => light switch
    {
        TrafficLight.Green => MudBlazor.Color.Success,
        TrafficLight.Yellow => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Error,
    };

    /// <summary>A whole number the user typed, read in their culture (spaces as group separators allowed).</summary>
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal),
            NumberStyles.Number, CultureInfo.CurrentCulture, out var v) ? v : null;
}
