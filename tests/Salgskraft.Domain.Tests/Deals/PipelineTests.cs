using Salgskraft.Domain.Deals;
using static Salgskraft.Domain.Tests.Deals.DealTestData;

namespace Salgskraft.Domain.Tests.Deals;

public sealed class PipelineTests
{
    private static readonly Deal[] Deals =
    [
        Deal(Lead, 1_000_000m),
        Deal(Quote, 500_000m),
        Deal(Negotiation, 250_000m),
        Deal(Quote, 9_000_000m, DealStatus.Won, new DateOnly(2025, 2, 1)),
        Deal(Quote, 7_000_000m, DealStatus.Lost, new DateOnly(2025, 2, 1)),
    ];

    [Fact]
    public void Value_MixedDeals_SumsOpenOnly() => Assert.Equal(1_750_000m, Pipeline.Value(Deals));

    [Fact]
    public void WeightedValue_MixedDeals_WeighsOpenByStageProbability() =>
        // 1 000 000 × 0.10 + 500 000 × 0.60 + 250 000 × 0.80
        Assert.Equal(600_000m, Pipeline.WeightedValue(Deals, Stages()));

    [Fact]
    public void WeightedValue_NoDeals_IsZero() => Assert.Equal(0m, Pipeline.WeightedValue([], Stages()));

    [Fact]
    public void WeightedValue_UnknownStage_Throws() =>
        Assert.Throws<ArgumentException>(() => Pipeline.WeightedValue([Deal(99)], Stages()));
}
