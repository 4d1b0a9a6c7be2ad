using System.Text.Json.Serialization;

namespace Salgskraft.Domain.Customers;

/// <summary>
/// The four groups of the customer platform (seed 003), on revenue against margin. The names are the stable
/// codes used by the API, the CLI and exports; the UI translates them.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlatformGroup>))]
public enum PlatformGroup
{
    /// <summary>High revenue, margin at or above the threshold: care for and optimise the collaboration.</summary>
    Key,

    /// <summary>High revenue, margin below the threshold: keep and grow, or move to a more profitable collaboration.</summary>
    Star,

    /// <summary>Low revenue, margin and contribution at or above their thresholds: develop chosen ones.</summary>
    QuestionMark,

    /// <summary>Low revenue, margin or contribution below its threshold: end unprofitable relationships; win new ones.</summary>
    PhaseOut,
}

/// <summary>
/// Where a customer stands in one period: one of the four groups, or <see cref="NotPlaced"/> when it had no net revenue
/// (no sales, net credit, or not a customer at all then). Movement and prioritisation tables need this fifth row so
/// that new, lost and prospective customers show.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlatformPosition>))]
public enum PlatformPosition
{
    Key = PlatformGroup.Key,
    Star = PlatformGroup.Star,
    QuestionMark = PlatformGroup.QuestionMark,
    PhaseOut = PlatformGroup.PhaseOut,
    NotPlaced,
}
