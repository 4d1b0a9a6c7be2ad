using Salgskraft.Domain.Customers;
using static Salgskraft.Domain.Tests.Customers.PlatformTestData;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class GroupMovementTests
{
    // With 75 % as the share, the two 1 M customers are high in both periods; margin threshold fixed at 20 %.
    private static readonly PlatformSettings Settings = new() { HighRevenueShare = 0.75m, MarginThreshold = 0.2m };

    [Fact]
    public void Between_TwoPeriods_PutsEachCustomerInItsCellWithRevenueAndIds()
    {
        var previous = CustomerPlatform.Classify(
        [
            Customer(1, 1_000_000m, 0.3m), // Key
            Customer(2, 1_000_000m, 0.1m), // Star
            Customer(3, 200_000m, 0.3m), // Question mark
            Customer(4, 100_000m, 0.1m), // Phase-out
            Customer(5, 0m, 0m), // no revenue
        ], Year2025.Previous(), Settings);
        var current = CustomerPlatform.Classify(
        [
            Customer(1, 1_000_000m, 0.1m), // Star
            Customer(2, 1_000_000m, 0.3m), // Key
            Customer(3, 200_000m, 0.3m), // Question mark
            Customer(5, 300_000m, 0.3m), // Question mark
            Customer(6, 100_000m, 0.1m), // Phase-out, new
        ], Year2025, Settings);

        var movement = GroupMovement.Between(previous, current);

        Assert.Equal(25, movement.Cells.Count);
        Assert.Equal([1], movement[PlatformPosition.Key, PlatformPosition.Star].CustomerIds);
        Assert.Equal([2], movement[PlatformPosition.Star, PlatformPosition.Key].CustomerIds);
        Assert.Equal([3], movement[PlatformPosition.QuestionMark, PlatformPosition.QuestionMark].CustomerIds);
        var lost = movement[PlatformPosition.PhaseOut, PlatformPosition.NotPlaced];
        Assert.Equal(new MovementCell(PlatformPosition.PhaseOut, PlatformPosition.NotPlaced, 1, 100_000m, 0m, lost.CustomerIds), lost);
        Assert.Equal([4], lost.CustomerIds);
        var won = movement[PlatformPosition.NotPlaced, PlatformPosition.QuestionMark];
        Assert.Equal((1, 0m, 300_000m), (won.Count, won.PreviousRevenue, won.CurrentRevenue));
        Assert.Equal([5], won.CustomerIds);
        Assert.Equal([6], movement[PlatformPosition.NotPlaced, PlatformPosition.PhaseOut].CustomerIds);
        Assert.Equal(6, movement.Cells.Sum(c => c.Count));
        Assert.Equal(previous.Total.Revenue, movement.Cells.Sum(c => c.PreviousRevenue));
        Assert.Equal(current.Total.Revenue, movement.Cells.Sum(c => c.CurrentRevenue));
    }

    [Fact]
    public void Between_NoRevenueInBothPeriods_CountsInNotPlacedCellWithNetCredit()
    {
        var previous = CustomerPlatform.Classify([new CustomerPeriodFigures(1, "A", "A", -2_000m, -1_500m)], Year2025.Previous());
        var current = CustomerPlatform.Classify([new CustomerPeriodFigures(1, "A", "A", 0m, 0m)], Year2025);

        var cell = GroupMovement.Between(previous, current)[PlatformPosition.NotPlaced, PlatformPosition.NotPlaced];

        Assert.Equal((1, -2_000m, 0m), (cell.Count, cell.PreviousRevenue, cell.CurrentRevenue));
    }

    [Fact]
    public void Between_EmptyPlatforms_GivesEmptyCells()
    {
        var empty = CustomerPlatform.Classify([], Year2025);

        var movement = GroupMovement.Between(empty, empty);

        Assert.All(movement.Cells, c => Assert.Empty(c.CustomerIds));
    }
}
