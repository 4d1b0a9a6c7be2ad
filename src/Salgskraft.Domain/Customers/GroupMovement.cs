namespace Salgskraft.Domain.Customers;

/// <summary>
/// How customers moved between the groups from one period to the next: a 5 × 5 table (the four groups plus
/// <see cref="PlatformPosition.NotPlaced"/>, so new and lost customers show), each cell with its customers.
/// </summary>
public sealed record GroupMovement(IReadOnlyList<MovementCell> Cells)
{
    /// <summary>
    /// Compares two platforms. Every customer present in either (placed or listed as no-revenue) is counted once, in the
    /// cell of its position in the previous and in the current period; customers in neither are not in the table.
    /// </summary>
    public static GroupMovement Between(PlatformResult previous, PlatformResult current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        var before = Positions(previous);
        var after = Positions(current);
        var byCell = before.Keys.Union(after.Keys).Order().ToLookup(id => (From: PositionIn(before, id), To: PositionIn(after, id)));
        var positions = Enum.GetValues<PlatformPosition>();

        var cells = positions.SelectMany(from => positions.Select(to =>
        {
            var inCell = byCell[(from, to)].ToList();
            return new MovementCell(from, to, inCell.Count, inCell.Sum(id => RevenueIn(before, id)), inCell.Sum(id => RevenueIn(after, id)), inCell);
        })).ToList();
        return new GroupMovement(cells);
    }

    public MovementCell this[PlatformPosition from, PlatformPosition to] =>
        Cells[((int)from * Enum.GetValues<PlatformPosition>().Length) + (int)to];

    private static Dictionary<int, (PlatformPosition Position, decimal Revenue)> Positions(PlatformResult platform) =>
        platform.Customers.Select(c => (c.CustomerId, Position: (PlatformPosition)c.Group, c.Revenue))
            .Concat(platform.NoRevenue.Select(c => (c.CustomerId, Position: PlatformPosition.NotPlaced, c.Revenue)))
            .ToDictionary(c => c.CustomerId, c => (c.Position, c.Revenue));

    private static PlatformPosition PositionIn(Dictionary<int, (PlatformPosition Position, decimal Revenue)> positions, int id) =>
        positions.TryGetValue(id, out var p) ? p.Position : PlatformPosition.NotPlaced;

    private static decimal RevenueIn(Dictionary<int, (PlatformPosition Position, decimal Revenue)> positions, int id) =>
        positions.TryGetValue(id, out var p) ? p.Revenue : 0m;
}

/// <summary>
/// One cell of the movement table: the customers that were in <see cref="From"/> and are now in <see cref="To"/>, with
/// their net revenue in each period (a not-placed customer's revenue is zero or its net credit).
/// </summary>
public sealed record MovementCell(
    PlatformPosition From,
    PlatformPosition To,
    int Count,
    decimal PreviousRevenue,
    decimal CurrentRevenue,
    IReadOnlyList<int> CustomerIds);
