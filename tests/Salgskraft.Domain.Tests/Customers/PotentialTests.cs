using Salgskraft.Domain.Customers;
using static Salgskraft.Domain.Tests.Customers.PlatformTestData;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class PotentialTests
{
    private static readonly CustomerPeriodFigures[] Customers =
    [
        Customer(1, 300_000m, 0.3m, potential: 900_000m),
        Customer(2, 300_000m, 0.3m, potential: 600_000m),
        Customer(3, 0m, 0m, potential: 600_000m),
        Customer(4, 100_000m, 0.3m, potential: 300_000m),
        Customer(5, 100_000m, 0.3m, potential: 100_000m),
        Customer(6, 50_000m, 0.3m, potential: 0m),
        Customer(7, 50_000m, 0.3m),
    ];

    [Fact]
    public void Classify_Terciles_CutAtAThirdAndTwoThirdsWithTiesUp()
    {
        // Five potentials above zero: rank ⌈5/3⌉ = 2 (600 000) starts high, rank ⌈10/3⌉ = 4 (300 000) starts medium.
        var result = PotentialClasses.Classify(Customers, PotentialClassSettings.Terciles);

        Assert.Equal((300_000m, 600_000m), (result.MediumFrom, result.HighFrom));
        Assert.Equal([1, 2, 3], result.CustomerIds(PotentialClass.High));
        Assert.Equal([4], result.CustomerIds(PotentialClass.Medium));
        Assert.Equal([5, 6], result.CustomerIds(PotentialClass.Low));
        Assert.Equal([7], result.CustomerIds(PotentialClass.Unknown));
    }

    [Fact]
    public void Classify_FixedAmounts_UseThemWithThresholdReached()
    {
        var result = PotentialClasses.Classify(Customers, PotentialClassSettings.FixedAmounts(100_000m, 900_000m));

        Assert.Equal([1], result.CustomerIds(PotentialClass.High));
        Assert.Equal([2, 3, 4, 5], result.CustomerIds(PotentialClass.Medium));
        Assert.Equal([6], result.CustomerIds(PotentialClass.Low));
    }

    [Fact]
    public void Classify_NoPotentials_LeavesCutOffsEmpty()
    {
        var result = PotentialClasses.Classify([Customer(1, 10m, 0.1m)], PotentialClassSettings.Terciles);

        Assert.Null(result.HighFrom);
        Assert.Equal([1], result.CustomerIds(PotentialClass.Unknown));
    }

    [Fact]
    public void Classify_NegativePotential_Throws() =>
        Assert.Throws<ArgumentException>(() => PotentialClasses.Classify([Customer(1, 10m, 0.1m, potential: -1m)], PotentialClassSettings.Terciles));

    [Fact]
    public void FixedAmounts_HighBelowMedium_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PotentialClassSettings.FixedAmounts(500m, 100m));

    [Theory]
    [InlineData(300, 600, 0.5)]
    [InlineData(900, 600, 1.5)]
    [InlineData(-100, 600, 0.0)]
    [InlineData(100, 0, null)]
    [InlineData(100, null, null)]
    public void ShareOfWallet_RevenueAndPotential_IsTheirRatio(int revenue, int? potential, double? expected) =>
        Assert.Equal((decimal?)expected, PotentialClasses.ShareOfWallet(revenue, potential));

    [Fact]
    public void Grid_PlatformAndPotentials_PutsEachCustomerInItsCell()
    {
        var platform = CustomerPlatform.Classify(Customers, Year2025, new PlatformSettings { MarginThreshold = 0.2m });
        var potentials = PotentialClasses.Classify(Customers, PotentialClassSettings.Terciles);

        var grid = PotentialGrid.Of(platform, potentials);

        Assert.Equal(20, grid.Cells.Count);
        Assert.Equal([1, 2], grid[PlatformPosition.Key, PotentialClass.High].CustomerIds);
        var prospect = grid[PlatformPosition.NotPlaced, PotentialClass.High];
        Assert.Equal((1, 0m, 600_000m), (prospect.Count, prospect.Revenue, prospect.Potential));
        Assert.Equal([3], prospect.CustomerIds);
        Assert.Equal(7, grid.Cells.Sum(c => c.Count));
        Assert.Equal(platform.Total.Revenue, grid.Cells.Sum(c => c.Revenue));
    }
}
