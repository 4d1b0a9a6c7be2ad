using Salgskraft.Domain.Customers;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class CustomerLossTests
{
    [Fact]
    public void Between_BoughtBeforeNotNow_IsLostIncludingNetCreditAndMissing()
    {
        CustomerPeriodFigures[] previous = [new(1, "A", "A", 100m, 50m), new(2, "B", "B", 200m, 50m), new(3, "C", "C", 0m, 0m), new(4, "D", "D", 50m, 10m)];
        CustomerPeriodFigures[] current = [new(1, "A", "A", 10m, 5m), new(2, "B", "B", -20m, -10m), new(5, "E", "E", 30m, 10m)];

        var loss = CustomerLoss.Between(previous, current);

        Assert.Equal([2, 4], loss.CustomerIds);
        Assert.Equal(2, loss.Count);
        Assert.Equal(3, loss.PreviousBuyers);
        Assert.Equal(2m / 3m, loss.Rate);
        Assert.Equal(250m, loss.LostRevenue);
        Assert.Equal(250m / 350m, loss.ShareOfPreviousRevenue);
    }

    [Fact]
    public void Between_NobodyBoughtBefore_HasNoRate()
    {
        var loss = CustomerLoss.Between([], [new CustomerPeriodFigures(1, "A", "A", 10m, 5m)]);

        Assert.Empty(loss.CustomerIds);
        Assert.Null(loss.Rate);
        Assert.Null(loss.ShareOfPreviousRevenue);
    }
}
