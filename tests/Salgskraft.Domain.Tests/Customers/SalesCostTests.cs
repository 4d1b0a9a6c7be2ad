using Salgskraft.Domain.Customers;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class SalesCostTests
{
    private static readonly Dictionary<int, decimal> CostPerType = new() { [1] = 500m, [2] = 1_200m, [3] = 99m };

    [Fact]
    public void Of_CountsCostsAndDirectCost_AddsThemUp()
    {
        var cost = SalesCost.Of(new Dictionary<int, int> { [1] = 10, [2] = 3 }, CostPerType, 2_500m);

        Assert.Equal(11_100m, cost);
    }

    [Fact]
    public void Of_NoActivities_IsTheDirectCost() =>
        Assert.Equal(700m, SalesCost.Of(new Dictionary<int, int>(), CostPerType, 700m));

    [Fact]
    public void Of_TypeWithoutCost_Throws() =>
        Assert.Throws<ArgumentException>(() => SalesCost.Of(new Dictionary<int, int> { [9] = 1 }, CostPerType));

    [Fact]
    public void Of_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SalesCost.Of(new Dictionary<int, int> { [1] = -1 }, CostPerType));
}
