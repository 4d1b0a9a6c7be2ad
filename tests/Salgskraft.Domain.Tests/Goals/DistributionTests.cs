using FsCheck;
using FsCheck.Xunit;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class DistributionTests
{
    [Fact]
    public void Distribute_DomainWorkedExample_GivesExactParts()
    {
        // DOMAIN.md §2: NOK 10 000 001 by last year's 4 000 000 / 3 000 000 / 2 000 000.
        DistributionShare[] shares = [new("1", "Anne", 4_000_000m), new("2", "Bjørn", 3_000_000m), new("3", "Cecilie", 2_000_000m)];

        var parts = Distribution.Distribute(10_000_001m, shares);

        Assert.Equal([4_444_445m, 3_333_334m, 2_222_222m], parts.Select(p => p.Target));
        Assert.Equal(["1", "2", "3"], parts.Select(p => p.Key));
    }

    [Fact]
    public void Distribute_EqualRemainders_GoToLargerBasis()
    {
        // 5 by 1/3/6: shares 0.5, 1.5, 3; the one unit left over ties at 0.5 and goes to the basis of 3.
        DistributionShare[] shares = [new("a", "Anne", 1m), new("b", "Bjørn", 3m), new("c", "Cecilie", 6m)];

        var parts = Distribution.Distribute(5m, shares);

        Assert.Equal([0m, 2m, 3m], parts.Select(p => p.Target));
    }

    [Fact]
    public void Distribute_EqualRemaindersAndBases_GoToEarlierName()
    {
        DistributionShare[] shares = [new("k", "Kari", 1m), new("a", "Anne", 1m), new("o", "Ola", 1m)];

        var parts = Distribution.Distribute(2m, shares);

        Assert.Equal([1m, 1m, 0m], parts.Select(p => p.Target));
    }

    [Fact]
    public void Distribute_AllBasesZero_SplitsEvenly()
    {
        DistributionShare[] shares = [new("o", "Ola", 0m), new("a", "Anne", 0m), new("k", "Kari", 0m)];

        var parts = Distribution.Distribute(10m, shares);

        Assert.Equal([3m, 4m, 3m], parts.Select(p => p.Target));
    }

    [Fact]
    public void Distribute_FractionalBases_AreExact()
    {
        DistributionShare[] shares = [new("a", "Anne", 0.1m), new("b", "Bjørn", 0.2m)];

        var parts = Distribution.Distribute(3m, shares);

        Assert.Equal([1m, 2m], parts.Select(p => p.Target));
    }

    [Fact]
    public void Distribute_ZeroTotal_GivesZeroParts()
    {
        var parts = Distribution.Distribute(0m, [new("a", "Anne", 5m), new("b", "Bjørn", 7m)]);

        Assert.All(parts, p => Assert.Equal(0m, p.Target));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10.5)]
    public void Distribute_NegativeOrFractionalTotal_Throws(double total)
    {
        var ex = Assert.Throws<ArgumentException>(() => Distribution.Distribute((decimal)total, [new("a", "Anne", 1m)]));

        Assert.Equal("total", ex.ParamName);
    }

    [Fact]
    public void Distribute_NegativeBasis_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Distribution.Distribute(10m, [new("a", "Anne", 1m), new("b", "Bjørn", -1m)]));

        Assert.Contains("Bjørn", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distribute_NoShares_Throws() =>
        Assert.Throws<ArgumentException>(() => Distribution.Distribute(10m, []));

    [Fact]
    public void Distribute_DuplicateKeys_Throws() =>
        Assert.Throws<ArgumentException>(() => Distribution.Distribute(10m, [new("a", "Anne", 1m), new("a", "Anne B", 1m)]));

    [Fact]
    public void DistributeWithAdjustments_OnePartFixed_RestSharedByBasis()
    {
        DistributionShare[] shares = [new("1", "Anne", 4_000_000m), new("2", "Bjørn", 3_000_000m), new("3", "Cecilie", 2_000_000m)];

        var parts = Distribution.DistributeWithAdjustments(10_000_001m, shares, new Dictionary<string, decimal> { ["1"] = 5_000_000m });

        // 5 000 001 left by 3:2 = 3 000 000.6 / 2 000 000.4.
        Assert.Equal([5_000_000m, 3_000_001m, 2_000_000m], parts.Select(p => p.Target));
        Assert.Equal([true, false, false], parts.Select(p => p.IsManual));
    }

    [Fact]
    public void DistributeWithAdjustments_AllFixedMatchingTotal_KeepsThem()
    {
        var parts = Distribution.DistributeWithAdjustments(
            10m, [new("a", "Anne", 1m), new("b", "Bjørn", 1m)], new Dictionary<string, decimal> { ["a"] = 7m, ["b"] = 3m });

        Assert.Equal([7m, 3m], parts.Select(p => p.Target));
    }

    [Fact]
    public void DistributeWithAdjustments_AllFixedNotMatchingTotal_Throws() =>
        Assert.Throws<ArgumentException>(() => Distribution.DistributeWithAdjustments(
            10m, [new("a", "Anne", 1m), new("b", "Bjørn", 1m)], new Dictionary<string, decimal> { ["a"] = 7m, ["b"] = 2m }));

    [Fact]
    public void DistributeWithAdjustments_FixedAboveTotal_Throws() =>
        Assert.Throws<ArgumentException>(() => Distribution.DistributeWithAdjustments(
            10m, [new("a", "Anne", 1m), new("b", "Bjørn", 1m)], new Dictionary<string, decimal> { ["a"] = 11m }));

    [Fact]
    public void DistributeWithAdjustments_UnknownKey_Throws() =>
        Assert.Throws<ArgumentException>(() => Distribution.DistributeWithAdjustments(
            10m, [new("a", "Anne", 1m)], new Dictionary<string, decimal> { ["x"] = 1m }));

    [Fact]
    public void DistributeWithAdjustments_FractionalManualTarget_Throws() =>
        Assert.Throws<ArgumentException>(() => Distribution.DistributeWithAdjustments(
            10m, [new("a", "Anne", 1m), new("b", "Bjørn", 1m)], new Dictionary<string, decimal> { ["a"] = 2.5m }));

    [Property(MaxTest = 300)]
    public void Distribute_AnyInput_PartsSumExactlyToTotal(NonNegativeInt total, int scale, NonEmptyArray<NonNegativeInt> bases)
    {
        var whole = Whole(total, scale);
        var shares = Shares(bases);

        var parts = Distribution.Distribute(whole, shares);

        Assert.Equal(whole, parts.Sum(p => p.Target));
        Assert.All(parts, p => Assert.Equal(decimal.Truncate(p.Target), p.Target));
    }

    [Property(MaxTest = 300)]
    public void Distribute_AnyInput_EachPartWithinOneOfExactShare(NonNegativeInt total, int scale, NonEmptyArray<NonNegativeInt> bases)
    {
        var whole = Whole(total, scale);
        var shares = Shares(bases);
        var sum = shares.Sum(s => s.Basis);

        var parts = Distribution.Distribute(whole, shares);

        for (var i = 0; i < shares.Count; i++)
        {
            var exact = sum == 0 ? whole / shares.Count : whole * shares[i].Basis / sum;
            Assert.True(Math.Abs(parts[i].Target - exact) < 1m, $"{parts[i].Target} is not within 1 of {exact}");
        }
    }

    [Property(MaxTest = 300)]
    public void Distribute_AnyOrder_GivesSamePartPerKey(NonNegativeInt total, NonEmptyArray<NonNegativeInt> bases, PositiveInt rotation)
    {
        var shares = Shares(bases);
        var shift = rotation.Get % shares.Count;
        var reordered = shares.Skip(shift).Concat(shares.Take(shift)).Reverse().ToList();

        var original = Distribution.Distribute(total.Get, shares).ToDictionary(p => p.Key, p => p.Target);
        var other = Distribution.Distribute(total.Get, reordered).ToDictionary(p => p.Key, p => p.Target);

        Assert.Equal(original.OrderBy(p => p.Key, StringComparer.Ordinal), other.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Property(MaxTest = 200)]
    public void DistributeWithAdjustments_AnyFixedPart_StillSumsExactly(NonNegativeInt total, NonEmptyArray<NonNegativeInt> bases, NonNegativeInt manual)
    {
        var shares = Shares(bases);
        var fixedTarget = shares.Count == 1 ? total.Get : Math.Min(manual.Get, total.Get);

        var parts = Distribution.DistributeWithAdjustments(
            total.Get, shares, new Dictionary<string, decimal> { [shares[0].Key] = fixedTarget });

        Assert.Equal(total.Get, parts.Sum(p => p.Target));
        Assert.Equal(fixedTarget, parts[0].Target);
    }

    /// <summary>Totals from a few units to hundreds of millions, so both small and real-sized goals are tried.</summary>
    private static decimal Whole(NonNegativeInt total, int scale)
    {
        var whole = (decimal)total.Get;
        for (var i = 0; i < Math.Abs(scale % 7); i++)
        {
            whole *= 10;
        }

        return whole;
    }

    /// <summary>Bases with two decimals, some of them zero, named so names can tie only through keys.</summary>
    private static List<DistributionShare> Shares(NonEmptyArray<NonNegativeInt> bases) =>
        [.. bases.Get.Select((b, i) => new DistributionShare($"k{i}", $"Person {i % 3}", b.Get / 100m))];
}
