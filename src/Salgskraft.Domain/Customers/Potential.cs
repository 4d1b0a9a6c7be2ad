using System.Text.Json.Serialization;

namespace Salgskraft.Domain.Customers;

/// <summary>The size of a customer's potential (estimated yearly purchase of what we sell).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PotentialClass>))]
public enum PotentialClass
{
    Low,
    Medium,
    High,

    /// <summary>No potential estimated: a gap in the data the grid makes visible rather than hides.</summary>
    Unknown,
}

/// <summary>
/// A customer's potential, class and share of wallet (revenue / potential) in the period. Share of wallet is null without a
/// potential above zero, counts a net credit as zero revenue, and is above 1 when the customer buys more than its
/// estimated potential (the estimate is then too low).
/// </summary>
public sealed record CustomerPotential(int CustomerId, decimal? Potential, decimal Revenue, decimal? ShareOfWallet, PotentialClass Class);

/// <summary>
/// Customers classed by potential: low / medium / high, with the cut-offs used. Potential at or above a cut-off reaches
/// its class; a potential of zero is always low; no potential is <see cref="PotentialClass.Unknown"/>. The cut-offs
/// (least potential of a medium and of a high customer) are null when terciles are used and no customer has a potential
/// above zero.
/// </summary>
public sealed record PotentialClasses(decimal? MediumFrom, decimal? HighFrom, IReadOnlyList<CustomerPotential> Customers)
{
    /// <summary>
    /// Classes every given customer, placed or not: prospects with no revenue but a high potential are the ones to win.
    /// With <see cref="PotentialClassSettings.Terciles"/> the potentials above zero are ranked from the largest; the
    /// customer a third of the way down (rank ⌈n/3⌉) sets the high cut-off and the one two thirds down (rank ⌈2n/3⌉) the
    /// medium cut-off, so equal potentials always share a class.
    /// </summary>
    /// <exception cref="ArgumentException">A potential is negative, or a customer id occurs twice.</exception>
    public static PotentialClasses Classify(IEnumerable<CustomerPeriodFigures> customers, PotentialClassSettings settings)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(settings);

        var all = customers.OrderBy(c => c.CustomerId).ToList();
        if (all.FirstOrDefault(c => c.Potential < 0) is { } negative)
        {
            throw new ArgumentException($"Customer {negative.CustomerId} has a negative potential.", nameof(customers));
        }

        if (all.Select(c => c.CustomerId).Distinct().Count() != all.Count)
        {
            throw new ArgumentException("A customer occurs more than once.", nameof(customers));
        }

        var ranked = all.Where(c => c.Potential > 0).Select(c => c.Potential!.Value).OrderDescending().ToList();
        var (mediumFrom, highFrom) = settings.IsTerciles
            ? ranked.Count == 0 ? ((decimal?)null, (decimal?)null) : (ranked[CeilingDiv(2 * ranked.Count, 3) - 1], ranked[CeilingDiv(ranked.Count, 3) - 1])
            : (settings.MediumFrom, settings.HighFrom);

        var rows = all.Select(c => new CustomerPotential(
            c.CustomerId,
            c.Potential,
            c.Revenue,
            ShareOfWallet(c.Revenue, c.Potential),
            c.Potential switch
            {
                null => PotentialClass.Unknown,
                0m => PotentialClass.Low,
                var p when p >= highFrom => PotentialClass.High,
                var p when p >= mediumFrom => PotentialClass.Medium,
                _ => PotentialClass.Low,
            })).ToList();
        return new PotentialClasses(mediumFrom, highFrom, rows);
    }

    /// <summary>Revenue / potential; null without a potential above zero; a net credit counts as zero revenue.</summary>
    public static decimal? ShareOfWallet(decimal revenue, decimal? potential) =>
        potential > 0 ? Math.Max(revenue, 0m) / potential.Value : null;

    public IReadOnlyList<int> CustomerIds(PotentialClass potentialClass) =>
        Customers.Where(c => c.Class == potentialClass).Select(c => c.CustomerId).ToList();

    private static int CeilingDiv(int a, int b) => (a + b - 1) / b;
}

/// <summary>
/// The prioritisation grid: platform position (the four groups and not placed) × potential class, each cell with its
/// customers. A question mark with high potential is a development customer to choose; a not-placed customer with high
/// potential is a prospect to win.
/// </summary>
public sealed record PotentialGrid(IReadOnlyList<PotentialGridCell> Cells)
{
    /// <summary>
    /// Crosses a platform with a potential classification of the same period. A customer in only one of them lands in
    /// <see cref="PlatformPosition.NotPlaced"/> or <see cref="PotentialClass.Unknown"/>.
    /// </summary>
    public static PotentialGrid Of(PlatformResult platform, PotentialClasses potentials)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(potentials);

        var position = platform.Customers.ToDictionary(c => c.CustomerId, c => (PlatformPosition)c.Group);
        var potential = potentials.Customers.ToDictionary(c => c.CustomerId);
        var revenue = platform.Customers.Select(c => (c.CustomerId, c.Revenue))
            .Concat(platform.NoRevenue.Select(c => (c.CustomerId, c.Revenue)))
            .Concat(potentials.Customers.Select(c => (c.CustomerId, c.Revenue)))
            .DistinctBy(c => c.CustomerId)
            .ToDictionary(c => c.CustomerId, c => c.Revenue);

        var byCell = revenue.Keys.Order().ToLookup(id => (
            Position: position.GetValueOrDefault(id, PlatformPosition.NotPlaced),
            Class: potential.TryGetValue(id, out var p) ? p.Class : PotentialClass.Unknown));

        var cells = Enum.GetValues<PlatformPosition>().SelectMany(pos => Enum.GetValues<PotentialClass>().Select(cls =>
        {
            var ids = byCell[(pos, cls)].ToList();
            return new PotentialGridCell(
                pos, cls, ids.Count, ids.Sum(id => revenue[id]), ids.Sum(id => potential.TryGetValue(id, out var p) ? p.Potential ?? 0m : 0m), ids);
        })).ToList();
        return new PotentialGrid(cells);
    }

    public PotentialGridCell this[PlatformPosition position, PotentialClass potentialClass] =>
        Cells[((int)position * Enum.GetValues<PotentialClass>().Length) + (int)potentialClass];
}

/// <summary>One cell of the prioritisation grid; <see cref="Potential"/> is the sum of its customers' known potentials.</summary>
public sealed record PotentialGridCell(
    PlatformPosition Position,
    PotentialClass Class,
    int Count,
    decimal Revenue,
    decimal Potential,
    IReadOnlyList<int> CustomerIds);
