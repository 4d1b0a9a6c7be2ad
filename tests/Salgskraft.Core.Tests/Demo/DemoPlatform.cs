namespace Salgskraft.Core.Tests.Demo;

/// <summary>
/// The default rules of DOMAIN.md §3, computed independently here so the demo tests check the data against
/// the specification rather than against the (later) platform feature.
/// </summary>
internal static class DemoPlatform
{
    public const decimal ContributionFloor = 50_000m;

    public enum Group
    {
        Key,
        Star,
        QuestionMark,
        PhaseOut,
    }

    public static Dictionary<int, Group> Classify(IReadOnlyDictionary<int, (decimal Revenue, decimal Cost)> customers)
    {
        var placed = customers.Where(c => c.Value.Revenue > 0).OrderByDescending(c => c.Value.Revenue).ToList();
        var total = placed.Sum(c => c.Value.Revenue);
        var overallMargin = (total - placed.Sum(c => c.Value.Cost)) / total;

        var high = new HashSet<int>();
        var running = 0m;
        var smallestHigh = 0m;
        foreach (var (id, (revenue, _)) in placed)
        {
            if (running >= 0.8m * total && revenue < smallestHigh)
            {
                break;
            }

            running += revenue;
            smallestHigh = revenue;
            high.Add(id);
        }

        return placed.ToDictionary(c => c.Key, c =>
        {
            var (revenue, cost) = c.Value;
            var margin = (revenue - cost) / revenue;
            return high.Contains(c.Key)
                ? margin >= overallMargin ? Group.Key : Group.Star
                : margin >= overallMargin && revenue - cost >= ContributionFloor ? Group.QuestionMark : Group.PhaseOut;
        });
    }
}
