using Salgskraft.Domain.Customers;
using static Salgskraft.Domain.Tests.Customers.PlatformTestData;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class AnsoffTests
{
    [Fact]
    public void Of_RevenueRows_SplitsByProductAndCustomerNewness()
    {
        var old = new DateOnly(2019, 5, 1);
        var inPeriod = new DateOnly(2025, 3, 1);
        AnsoffRevenue[] rows =
        [
            new(1, 100m, false, old),
            new(1, 50m, true, old),
            new(2, 30m, false, inPeriod),
            new(2, 20m, true, inPeriod),
            new(3, 10m, false, null),
            new(3, -5m, false, null),
        ];

        var split = AnsoffSplit.Of(rows, Year2025);

        Assert.Equal(205m, split.Revenue);
        var penetration = split[AnsoffQuadrant.ExistingProductsExistingCustomers];
        Assert.Equal((105m, 105m / 205m, false, false), (penetration.Revenue, penetration.ShareOfRevenue, penetration.NewProducts, penetration.NewCustomers));
        Assert.Equal([1, 3], penetration.CustomerIds);
        Assert.Equal([1], split[AnsoffQuadrant.NewProductsExistingCustomers].CustomerIds);
        Assert.Equal(50m, split[AnsoffQuadrant.NewProductsExistingCustomers].Revenue);
        Assert.Equal(30m, split[AnsoffQuadrant.ExistingProductsNewCustomers].Revenue);
        var diversification = split[AnsoffQuadrant.NewProductsNewCustomers];
        Assert.Equal((20m, true, true), (diversification.Revenue, diversification.NewProducts, diversification.NewCustomers));
        Assert.Equal([2], diversification.CustomerIds);
    }

    [Fact]
    public void Of_NoRows_GivesFourEmptyCells()
    {
        var split = AnsoffSplit.Of([], Year2025);

        Assert.Equal(4, split.Cells.Count);
        Assert.All(split.Cells, c => Assert.Equal((0m, 0m), (c.Revenue, c.ShareOfRevenue)));
    }

    [Fact]
    public void Of_CustomerWithTwoFirstPurchases_Throws() =>
        Assert.Throws<ArgumentException>(() => AnsoffSplit.Of([new(1, 1m, false, new DateOnly(2020, 1, 1)), new(1, 1m, true, null)], Year2025));
}
