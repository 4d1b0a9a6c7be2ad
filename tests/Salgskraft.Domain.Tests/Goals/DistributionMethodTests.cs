using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class DistributionMethodTests
{
    private static readonly DistributionCandidate[] Team =
    [
        new("1", "Anne", LastYear: 4_000_000m, Trailing12: 1m, Potential: 10m, Pipeline: 0m),
        new("2", "Bjørn", LastYear: 3_000_000m, Trailing12: 2m, Potential: 10m, Pipeline: 0m),
        new("3", "Cecilie", LastYear: 2_000_000m, Trailing12: 3m, Potential: 20m, Pipeline: 0m),
    ];

    [Fact]
    public void Distribute_LastYear_DomainWorkedExample()
    {
        var parts = DistributionMethods.Distribute(10_000_001m, DistributionMethod.LastYear, Team);

        Assert.Equal([4_444_445m, 3_333_334m, 2_222_222m], parts.Select(p => p.Target));
    }

    [Fact]
    public void Distribute_Even_IgnoresFiguresAndGivesExtraToEarlierName()
    {
        var parts = DistributionMethods.Distribute(10m, DistributionMethod.Even, Team);

        Assert.Equal([4m, 3m, 3m], parts.Select(p => p.Target));
    }

    [Theory]
    [InlineData(DistributionMethod.Trailing12, 100, 200, 300)]
    [InlineData(DistributionMethod.Potential, 150, 150, 300)]
    [InlineData(DistributionMethod.Pipeline, 200, 200, 200)]
    public void Distribute_Method_UsesItsOwnFigure(DistributionMethod method, int anne, int bjorn, int cecilie)
    {
        var parts = DistributionMethods.Distribute(600m, method, Team);

        Assert.Equal([anne, bjorn, cecilie], parts.Select(p => (int)p.Target));
    }

    [Fact]
    public void Distribute_Mix_CombinesNormalisedShares()
    {
        DistributionCandidate[] two = [new("1", "Anne", LastYear: 3_000_000m, Potential: 1m), new("2", "Bjørn", LastYear: 1_000_000m, Potential: 1m)];
        var weights = new Dictionary<DistributionMethod, decimal> { [DistributionMethod.LastYear] = 1m, [DistributionMethod.Potential] = 1m };

        var parts = DistributionMethods.Distribute(1_000_000m, DistributionMethod.Mix, two, weights);

        // Last year gives 0.75 / 0.25, potential 0.5 / 0.5; half of each is 0.625 / 0.375.
        Assert.Equal([625_000m, 375_000m], parts.Select(p => p.Target));
    }

    [Fact]
    public void Distribute_MixWeights_AreScaleFree()
    {
        var small = new Dictionary<DistributionMethod, decimal> { [DistributionMethod.LastYear] = 0.7m, [DistributionMethod.Even] = 0.3m };
        var large = new Dictionary<DistributionMethod, decimal> { [DistributionMethod.Even] = 30m, [DistributionMethod.LastYear] = 70m };

        var a = DistributionMethods.Distribute(1_000_003m, DistributionMethod.Mix, Team, small);
        var b = DistributionMethods.Distribute(1_000_003m, DistributionMethod.Mix, Team, large);

        Assert.Equal(a.Select(p => p.Target), b.Select(p => p.Target));
        Assert.Equal(1_000_003m, a.Sum(p => p.Target));
    }

    [Fact]
    public void Distribute_MixComponentAllZero_CountsAsEven()
    {
        var weights = new Dictionary<DistributionMethod, decimal> { [DistributionMethod.Pipeline] = 1m };

        var parts = DistributionMethods.Distribute(9m, DistributionMethod.Mix, Team, weights);

        Assert.Equal([3m, 3m, 3m], parts.Select(p => p.Target));
    }

    [Fact]
    public void Distribute_MixWithoutWeights_Throws() =>
        Assert.Throws<ArgumentException>(() => DistributionMethods.Distribute(10m, DistributionMethod.Mix, Team));

    public static TheoryData<Dictionary<DistributionMethod, decimal>> BadMixWeights => new()
    {
        new Dictionary<DistributionMethod, decimal>(),
        new Dictionary<DistributionMethod, decimal> { [DistributionMethod.Mix] = 1m },
        new Dictionary<DistributionMethod, decimal> { [DistributionMethod.LastYear] = -1m, [DistributionMethod.Even] = 2m },
        new Dictionary<DistributionMethod, decimal> { [DistributionMethod.LastYear] = 0m },
    };

    [Theory]
    [MemberData(nameof(BadMixWeights))]
    public void Distribute_MixWithUnusableWeights_Throws(Dictionary<DistributionMethod, decimal> weights) =>
        Assert.Throws<ArgumentException>(() => DistributionMethods.Distribute(10m, DistributionMethod.Mix, Team, weights));

    [Fact]
    public void Distribute_WithManualTarget_AdjustsAndStillSums()
    {
        var parts = DistributionMethods.Distribute(
            10_000_001m, DistributionMethod.LastYear, Team, manualTargets: new Dictionary<string, decimal> { ["1"] = 5_000_000m });

        Assert.Equal([5_000_000m, 3_000_001m, 2_000_000m], parts.Select(p => p.Target));
    }

    [Fact]
    public void WireName_EveryMethod_IsTheApiName()
    {
        var names = Enum.GetValues<DistributionMethod>().Select(m => m.WireName());

        Assert.Equal(["even", "lastYear", "trailing12", "potential", "pipeline", "mix"], names);
    }

    [Theory]
    [InlineData("even", DistributionMethod.Even)]
    [InlineData("lastYear", DistributionMethod.LastYear)]
    [InlineData("trailing12", DistributionMethod.Trailing12)]
    [InlineData("potential", DistributionMethod.Potential)]
    [InlineData("pipeline", DistributionMethod.Pipeline)]
    [InlineData("mix", DistributionMethod.Mix)]
    public void TryParse_WireName_GivesMethod(string name, DistributionMethod expected)
    {
        Assert.True(DistributionMethods.TryParse(name, out var method));

        Assert.Equal(expected, method);
    }

    [Theory]
    [InlineData("LastYear")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("weighted")]
    public void TryParse_OtherText_IsFalse(string? name) => Assert.False(DistributionMethods.TryParse(name, out _));
}
