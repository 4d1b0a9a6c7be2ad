using Salgskraft.Core.Demo;

namespace Salgskraft.Core.Tests.Demo;

public sealed class DemoGeneratorTests
{
    private sealed class Out { public void WriteLine(string s) => File.AppendAllText("/tmp/demo-stats.txt", s + "\n"); }
    private readonly Out output = new();
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Stats()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var sets = DemoData.Generate(Today);
        output.WriteLine(System.FormattableString.Invariant($"generate {sw.ElapsedMilliseconds} ms"));
        foreach (var set in sets)
        {
            output.WriteLine(System.FormattableString.Invariant($"{set.Slug}: customers {set.Customers.Count} products {set.Products.Count} lines {set.Lines.Count} credit {set.Lines.Count(l => l.Revenue < 0)}"));
            for (var y = 2024; y <= 2026; y++)
            {
                var lines = set.Lines.Where(l => l.Date.Year == y).ToList();
                var rev = lines.Sum(l => l.Revenue);
                var cost = lines.Sum(l => l.Cost);
                output.WriteLine(System.FormattableString.Invariant($"  {y}: lines {lines.Count} revenue {rev:N0} margin {(rev - cost) / rev:P2}"));
                var per = lines.GroupBy(l => l.Customer).ToDictionary(g => g.Key, g => (g.Sum(l => l.Revenue), g.Sum(l => l.Cost)));
                var groups = DemoPlatform.Classify(per);
                output.WriteLine("    " + string.Join(", ", groups.GroupBy(g => g.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
                var placed = per.Where(p => p.Value.Item1 > 0).OrderByDescending(p => p.Value.Item1).ToList();
                var top = placed.Take(placed.Count / 5).Sum(p => p.Value.Item1) / placed.Sum(p => p.Value.Item1);
                output.WriteLine(System.FormattableString.Invariant($"    top20% {top:P1}  maxcust {placed[0].Value.Item1:N0} margins {placed.Min(p => (p.Value.Item1 - p.Value.Item2) / p.Value.Item1):P1}..{placed.Max(p => (p.Value.Item1 - p.Value.Item2) / p.Value.Item1):P1}"));
                var bySp = lines.GroupBy(l => l.Salesperson).Select(g => $"{set.People[g.Key].ExternalId}:{g.Sum(l => l.Revenue) / 1e6m:N1}");
                output.WriteLine("    " + string.Join(" ", bySp));
                var months = Enumerable.Range(1, 12).Select(m => (lines.Where(l => l.Date.Month == m).Sum(l => l.Revenue) / 1e6m).ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
                output.WriteLine("    " + string.Join(" ", months));
            }
        }
    }
}
