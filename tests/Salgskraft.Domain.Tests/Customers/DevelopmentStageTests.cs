using Salgskraft.Domain.Customers;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class DevelopmentStageTests
{
    [Theory]
    [InlineData(0, 0, null, DevelopmentStage.Prospect)]
    [InlineData(1, 10_000, 100_000, DevelopmentStage.Sporadic)]
    [InlineData(3, 90_000, 100_000, DevelopmentStage.Sporadic)]
    [InlineData(4, 10_000, 100_000, DevelopmentStage.Regular)]
    [InlineData(8, 49_999, 100_000, DevelopmentStage.Regular)]
    [InlineData(8, 50_000, 100_000, DevelopmentStage.Partner)]
    [InlineData(12, 500_000, null, DevelopmentStage.Regular)]
    [InlineData(7, 90_000, 100_000, DevelopmentStage.Regular)]
    public void Of_DefaultSettings_StagesByMonthsAndShareOfWallet(int months, int revenue, int? potential, DevelopmentStage expected)
    {
        var stages = DevelopmentStages.Of([new PurchaseFrequency(1, months, revenue, potential)], DevelopmentStageSettings.Default);

        Assert.Equal(expected, stages.Customers.Single().Stage);
    }

    [Fact]
    public void Of_OwnSettings_MoveTheBoundaries()
    {
        var settings = new DevelopmentStageSettings { RegularFromMonths = 6, PartnerFromMonths = 10, PartnerShareOfWallet = 0.3m };
        PurchaseFrequency[] customers = [new(1, 5, 10m, 100m), new(2, 6, 10m, 100m), new(3, 10, 30m, 100m), new(4, 9, 90m, 100m)];

        var stages = DevelopmentStages.Of(customers, settings);

        Assert.Equal([1], stages.CustomerIds(DevelopmentStage.Sporadic));
        Assert.Equal([2, 4], stages.CustomerIds(DevelopmentStage.Regular));
        Assert.Equal([3], stages.CustomerIds(DevelopmentStage.Partner));
        Assert.Equal(0, stages.Count(DevelopmentStage.Prospect));
        Assert.Equal(0.3m, stages.Customers.Single(c => c.CustomerId == 3).ShareOfWallet);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(13)]
    public void Of_MonthsOutsideTheYear_Throws(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DevelopmentStages.Of([new PurchaseFrequency(1, months, 0m, null)], DevelopmentStageSettings.Default));

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public void RegularFromMonths_OutsideTwoToTwelve_Throws(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DevelopmentStageSettings { RegularFromMonths = months });
}
