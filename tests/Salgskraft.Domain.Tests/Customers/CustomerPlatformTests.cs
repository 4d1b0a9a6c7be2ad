using Salgskraft.Domain.Customers;
using static Salgskraft.Domain.Tests.Customers.PlatformTestData;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class CustomerPlatformTests
{
    [Fact]
    public void Classify_WorkedExample_GivesTheSlidesGrouping()
    {
        var result = CustomerPlatform.Classify(WorkedExample(), Year2025);

        Assert.Equal([22.5m], MillionsIn(result, PlatformGroup.Key));
        Assert.Equal([15.6m, 12.6m], MillionsIn(result, PlatformGroup.Star));
        Assert.Equal([1.8m, 1.5m, 1.2m, 0.7m, 0.5m, 0.3m], MillionsIn(result, PlatformGroup.QuestionMark));
        Assert.Equal([0.1m], MillionsIn(result, PlatformGroup.PhaseOut));
        Assert.Empty(result.NoRevenue);
    }

    [Fact]
    public void Classify_WorkedExample_GivesTheTotalsAndDefaultThresholds()
    {
        var result = CustomerPlatform.Classify(WorkedExample(), Year2025);

        Assert.Equal(56_800_000m, result.Total.Revenue);
        Assert.Equal(10_093_000m, result.Total.Contribution);
        Assert.Equal(17.77m, Math.Round(result.Total.Margin!.Value * 100m, 2));
        Assert.Equal(10, result.Total.Count);
        Assert.Equal(1m, result.Total.ShareOfRevenue);
        Assert.Equal(new PlatformThresholds(0.8m, 12_600_000m, 10_093_000m / 56_800_000m, true, 50_000m, false), result.Thresholds);
        Assert.Equal(25_000m, result.Customers.Single(c => c.CustomerId == 10).Contribution);
    }

    [Fact]
    public void Classify_WorkedExample_GivesGroupTotals()
    {
        var result = CustomerPlatform.Classify(WorkedExample(), Year2025);

        var star = result[PlatformGroup.Star];
        Assert.Equal(PlatformGroup.Star, star.Group);
        Assert.Equal(2, star.Count);
        Assert.Equal(28_200_000m, star.Revenue);
        Assert.Equal(28_200_000m / 56_800_000m, star.ShareOfRevenue);
        Assert.Equal(1_872_000m + 1_764_000m, star.Contribution);
        Assert.Equal(28_200_000m - 3_636_000m, star.Cost);
        Assert.Equal(3_636_000m / 28_200_000m, star.Margin);
        Assert.Equal(6, result[PlatformGroup.QuestionMark].Count);
        Assert.Equal(result.Total.Revenue, result.Groups.Sum(g => g.Revenue));
        Assert.Equal(result.Total.Contribution, result.Groups.Sum(g => g.Contribution));
        Assert.Equal([PlatformGroup.Key, PlatformGroup.Star, PlatformGroup.QuestionMark, PlatformGroup.PhaseOut], result.Groups.Select(g => g.Group!.Value));
        Assert.Null(result.Total.Group);
    }

    [Fact]
    public void Classify_LowerRevenueShare_MakesFewerCustomersHigh()
    {
        var result = CustomerPlatform.Classify(WorkedExample(), Year2025, new PlatformSettings { HighRevenueShare = 0.5m });

        // 22.5 + 15.6 = 38.1 reaches half of 56.8; 12.6 at 14 % is now low and below the margin threshold.
        Assert.Equal(15_600_000m, result.Thresholds.HighRevenueFrom);
        Assert.Equal([15.6m], MillionsIn(result, PlatformGroup.Star));
        Assert.Equal([12.6m, 0.1m], MillionsIn(result, PlatformGroup.PhaseOut));
    }

    [Fact]
    public void Classify_FullRevenueShare_MakesEveryPlacedCustomerHigh()
    {
        var result = CustomerPlatform.Classify(WorkedExample(), Year2025, new PlatformSettings { HighRevenueShare = 1m });

        Assert.Equal(100_000m, result.Thresholds.HighRevenueFrom);
        Assert.Equal(10, result[PlatformGroup.Key].Count + result[PlatformGroup.Star].Count);
    }

    [Fact]
    public void Classify_FixedMarginThreshold_ReplacesOverallMargin()
    {
        var result = CustomerPlatform.Classify(WorkedExample(), Year2025, new PlatformSettings { MarginThreshold = 0.20m });

        Assert.Equal(0.20m, result.Thresholds.MarginThreshold);
        Assert.False(result.Thresholds.MarginThresholdIsOverall);
        Assert.Equal([22.5m], MillionsIn(result, PlatformGroup.Key));
        Assert.Equal([1.5m, 1.2m, 0.7m, 0.5m, 0.3m], MillionsIn(result, PlatformGroup.QuestionMark));
        Assert.Equal([1.8m, 0.1m], MillionsIn(result, PlatformGroup.PhaseOut));
    }

    [Theory]
    [InlineData(20_000, new[] { 1.8, 1.5, 1.2, 0.7, 0.5, 0.3, 0.1 }, new double[0])]
    [InlineData(70_000, new[] { 1.8, 1.5, 1.2, 0.7, 0.5 }, new[] { 0.3, 0.1 })]
    public void Classify_ContributionFloor_DecidesBetweenQuestionMarkAndPhaseOut(int floor, double[] questionMarks, double[] phaseOut)
    {
        var result = CustomerPlatform.Classify(WorkedExample(), Year2025, new PlatformSettings { ContributionFloor = floor });

        Assert.Equal(floor, result.Thresholds.ContributionFloor);
        Assert.Equal(questionMarks.Select(m => (decimal)m), MillionsIn(result, PlatformGroup.QuestionMark));
        Assert.Equal(phaseOut.Select(m => (decimal)m), MillionsIn(result, PlatformGroup.PhaseOut));
    }

    [Fact]
    public void Classify_TieAtTheCut_MakesEveryEqualRevenueHigh()
    {
        // 50 + 20 = 70 < 80, and 20 more reaches it: whichever 20 comes first, both are high.
        CustomerPeriodFigures[] customers = [Customer(1, 5_000_000m, 0.3m), Customer(2, 2_000_000m, 0.3m), Customer(3, 2_000_000m, 0.3m), Customer(4, 1_000_000m, 0.3m)];

        var result = CustomerPlatform.Classify(customers, Year2025, new PlatformSettings { MarginThreshold = 0.2m });

        Assert.Equal(2_000_000m, result.Thresholds.HighRevenueFrom);
        Assert.Equal([1, 2, 3], result.Customers.Where(c => c.Group == PlatformGroup.Key).Select(c => c.CustomerId));
        Assert.Equal(PlatformGroup.QuestionMark, GroupOf(result, 4));
    }

    [Fact]
    public void Classify_ShareReachedExactly_StopsAtThatCustomerAndItsTies()
    {
        // 60 + 20 = exactly 80 of 100: the second customer reaches the share; its twin is high too, the 10s are not.
        CustomerPeriodFigures[] customers =
            [Customer(1, 600_000m, 0.3m), Customer(2, 200_000m, 0.3m), Customer(3, 100_000m, 0.3m), Customer(4, 100_000m, 0.3m)];
        CustomerPeriodFigures[] withTie = [.. customers[..2], Customer(5, 200_000m, 0.3m)];

        var exact = CustomerPlatform.Classify(customers, Year2025);
        var tied = CustomerPlatform.Classify(withTie, Year2025);

        Assert.Equal([1, 2], exact.Customers.Where(c => c.Revenue >= exact.Thresholds.HighRevenueFrom).Select(c => c.CustomerId));
        Assert.Equal(200_000m, tied.Thresholds.HighRevenueFrom);
        Assert.Equal(3, tied.Customers.Count(c => c.Group is PlatformGroup.Key or PlatformGroup.Star));
    }

    [Fact]
    public void Classify_MarginExactlyAtOverallMargin_ReachesIt()
    {
        // Overall margin (300 + 100 + 60) / 2 300 = exactly 20 %, which customer 3 has.
        CustomerPeriodFigures[] customers = [Customer(1, 1_000_000m, 0.3m), Customer(2, 1_000_000m, 0.1m), Customer(3, 300_000m, 0.2m)];

        var result = CustomerPlatform.Classify(customers, Year2025);

        Assert.Equal(0.2m, result.Thresholds.MarginThreshold);
        Assert.Equal(PlatformGroup.Key, GroupOf(result, 1));
        Assert.Equal(PlatformGroup.Star, GroupOf(result, 2));
        Assert.Equal(PlatformGroup.QuestionMark, GroupOf(result, 3));
    }

    [Fact]
    public void Classify_OverallMarginWithoutExactDecimal_CustomerOnItReachesIt()
    {
        // Every customer has margin 1/3, which no decimal holds exactly; each must still reach the overall margin.
        CustomerPeriodFigures[] customers = [new(1, "A", "A", 900_000m, 600_000m), new(2, "B", "B", 300_000m, 200_000m), new(3, "C", "C", 150_003m, 100_002m)];

        var result = CustomerPlatform.Classify(customers, Year2025);

        Assert.Equal(PlatformGroup.Key, GroupOf(result, 1));
        Assert.Equal(PlatformGroup.QuestionMark, GroupOf(result, 3));
    }

    [Fact]
    public void Classify_MarginAndContributionExactlyAtFixedThresholds_ReachThem()
    {
        CustomerPeriodFigures[] customers = [Customer(1, 4_000_000m, 0.25m), Customer(2, 200_000m, 0.25m), Customer(3, 200_000m, 0.2499m)];

        var result = CustomerPlatform.Classify(customers, Year2025, new PlatformSettings { MarginThreshold = 0.25m, ContributionFloor = 50_000m });

        Assert.Equal(PlatformGroup.Key, GroupOf(result, 1));
        Assert.Equal(PlatformGroup.QuestionMark, GroupOf(result, 2));
        Assert.Equal(PlatformGroup.PhaseOut, GroupOf(result, 3));
    }

    [Fact]
    public void Classify_NoSalesAndNetCredit_AreListedApartAndLeftOutOfTotals()
    {
        CustomerPeriodFigures[] customers = [.. WorkedExample(), new(20, "Z", "Credit", -40_000m, -30_000m), new(21, "Y", "Silent", 0m, 0m)];

        var result = CustomerPlatform.Classify(customers, Year2025);

        Assert.Equal([21, 20], result.NoRevenue.Select(c => c.CustomerId));
        Assert.DoesNotContain(result.Customers, c => c.CustomerId is 20 or 21);
        Assert.Equal(56_800_000m, result.Total.Revenue);
        Assert.Equal(12_600_000m, result.Thresholds.HighRevenueFrom);
        Assert.Equal(10_093_000m / 56_800_000m, result.Thresholds.MarginThreshold);
    }

    [Fact]
    public void Classify_FirstPurchaseInPeriod_MarksNew()
    {
        CustomerPeriodFigures[] customers =
        [
            Customer(1, 4_000_000m, 0.3m, firstPurchase: new DateOnly(2025, 1, 1)),
            Customer(2, 200_000m, 0.3m, firstPurchase: new DateOnly(2025, 12, 31)),
            Customer(3, 200_000m, 0.3m, firstPurchase: new DateOnly(2024, 12, 31)),
            new(4, "C04", "Unknown first purchase", 200_000m, 100_000m),
        ];

        var result = CustomerPlatform.Classify(customers, Year2025, new PlatformSettings { MarginThreshold = 0.2m });

        Assert.Equal([1, 2], result.Customers.Where(c => c.IsNew).Select(c => c.CustomerId));
        Assert.Equal(1, result[PlatformGroup.QuestionMark].NewCount);
        Assert.Equal(2, result.Total.NewCount);
    }

    [Fact]
    public void Classify_MarginAfterSalesCost_UsesFiguresAfterSalesCostEverywhere()
    {
        // 1.8 M at 19 % costs 100 000 to serve: 242 000 / 1.8 M = 13.4 %, below the overall 9 993 000 / 56.8 M = 17.59 %.
        var customers = WorkedExample().Select(c => c.CustomerId == 4 ? c with { SalesCost = 100_000m } : c).ToList();

        var before = CustomerPlatform.Classify(customers, Year2025);
        var after = CustomerPlatform.Classify(customers, Year2025, new PlatformSettings { MarginAfterSalesCost = true });

        Assert.Equal(PlatformGroup.QuestionMark, GroupOf(before, 4));
        Assert.Equal(PlatformGroup.PhaseOut, GroupOf(after, 4));
        Assert.True(after.Thresholds.MarginAfterSalesCost);
        Assert.Equal(9_993_000m / 56_800_000m, after.Thresholds.MarginThreshold);
        var row = after.Customers.Single(c => c.CustomerId == 4);
        Assert.Equal(342_000m, row.Contribution);
        Assert.Equal(242_000m, row.ContributionAfterSalesCost);
        Assert.Equal(242_000m / 1_800_000m, row.MarginAfterSalesCost);
        Assert.Equal(100_000m, after.Total.SalesCost);
        Assert.Equal(9_993_000m, after.Total.ContributionAfterSalesCost);
    }

    [Fact]
    public void Classify_MarginAfterSalesCost_AppliesContributionFloorAfterSalesCost()
    {
        // 200 000 at 30 % = 60 000, less 15 000 to serve = 45 000 < 50 000, while the margin (22.5 %) still reaches 20 %.
        CustomerPeriodFigures[] customers = [Customer(1, 1_000_000m, 0.3m), Customer(2, 200_000m, 0.3m, salesCost: 15_000m)];
        var settings = new PlatformSettings { MarginThreshold = 0.2m, MarginAfterSalesCost = true };

        var result = CustomerPlatform.Classify(customers, Year2025, settings);

        Assert.Equal(PlatformGroup.PhaseOut, GroupOf(result, 2));
        Assert.Equal(PlatformGroup.QuestionMark, GroupOf(CustomerPlatform.Classify(customers, Year2025, settings with { MarginAfterSalesCost = false }), 2));
    }

    [Fact]
    public void Classify_EmptyInput_GivesEmptyGroupsAndNoThresholdsToDraw()
    {
        var result = CustomerPlatform.Classify([], Year2025);

        Assert.Empty(result.Customers);
        Assert.Empty(result.NoRevenue);
        Assert.Equal(4, result.Groups.Count);
        Assert.All(result.Groups, g => Assert.Equal(0, g.Count));
        Assert.Equal(new PlatformGroupTotals(null, 0, 0, 0m, 0m, 0m, 0m, null, 0m, 0m, null), result.Total);
        Assert.Null(result.Thresholds.HighRevenueFrom);
        Assert.Null(result.Thresholds.MarginThreshold);
    }

    [Fact]
    public void Classify_OnlyNoRevenueCustomers_PlacesNobody()
    {
        var result = CustomerPlatform.Classify([new CustomerPeriodFigures(1, "A", "A", -10m, -5m)], Year2025);

        Assert.Empty(result.Customers);
        Assert.Single(result.NoRevenue);
        Assert.Null(result.Thresholds.HighRevenueFrom);
    }

    [Fact]
    public void Classify_EqualRevenue_OrdersByExternalIdOrdinal()
    {
        CustomerPeriodFigures[] customers = [new(1, "b", "b", 100m, 50m), new(2, "B", "B", 100m, 50m), new(3, "a", "a", 100m, 50m), new(4, "Z", "Z", 200m, 50m)];

        var result = CustomerPlatform.Classify(customers, Year2025);

        Assert.Equal(["Z", "B", "a", "b"], result.Customers.Select(c => c.ExternalId));
    }

    [Fact]
    public void Classify_SameCustomerTwice_Throws()
    {
        CustomerPeriodFigures[] customers = [Customer(1, 100m, 0.1m), Customer(1, 200m, 0.1m)];

        Assert.Throws<ArgumentException>(() => CustomerPlatform.Classify(customers, Year2025));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void HighRevenueShare_OutsideZeroToOne_Throws(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlatformSettings { HighRevenueShare = (decimal)share });

    [Fact]
    public void Default_Settings_AreThoseOfTheDomain()
    {
        var settings = PlatformSettings.Default;

        Assert.Equal(0.8m, settings.HighRevenueShare);
        Assert.Null(settings.MarginThreshold);
        Assert.Equal(50_000m, settings.ContributionFloor);
        Assert.False(settings.MarginAfterSalesCost);
        Assert.True(settings.PotentialClasses.IsTerciles);
        Assert.Equal((4, 8, 0.5m), (settings.DevelopmentStages.RegularFromMonths, settings.DevelopmentStages.PartnerFromMonths, settings.DevelopmentStages.PartnerShareOfWallet));
    }
}
