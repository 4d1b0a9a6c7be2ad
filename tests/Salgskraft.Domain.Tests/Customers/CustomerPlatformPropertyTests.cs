using FsCheck;
using FsCheck.Xunit;
using Salgskraft.Domain.Customers;
using static Salgskraft.Domain.Tests.Customers.PlatformTestData;

namespace Salgskraft.Domain.Tests.Customers;

public sealed class CustomerPlatformPropertyTests
{
    [Property(MaxTest = 300)]
    public void Classify_ShuffledInput_GivesSameResult(NonEmptyArray<int> revenues, NonEmptyArray<int> margins, int seed, bool afterSalesCost)
    {
        var customers = Customers(revenues, margins);
        var shuffled = customers.Shuffle(seed);
        var settings = new PlatformSettings { MarginAfterSalesCost = afterSalesCost };

        var original = CustomerPlatform.Classify(customers, Year2025, settings);
        var reordered = CustomerPlatform.Classify(shuffled, Year2025, settings);

        Assert.Equal(original.Customers, reordered.Customers);
        Assert.Equal(original.NoRevenue, reordered.NoRevenue);
        Assert.Equal(original.Groups, reordered.Groups);
        Assert.Equal(original.Total, reordered.Total);
        Assert.Equal(original.Thresholds, reordered.Thresholds);
    }

    [Property(MaxTest = 300)]
    public void Classify_AnyInput_HighRevenueReachesShareAndEveryCustomerIsPlacedOnce(NonEmptyArray<int> revenues, NonEmptyArray<int> margins)
    {
        var customers = Customers(revenues, margins);

        var result = CustomerPlatform.Classify(customers, Year2025);

        var high = result.Customers.Where(c => c.Group is PlatformGroup.Key or PlatformGroup.Star).ToList();
        var low = result.Customers.Except(high).ToList();
        Assert.Equal(customers.Count, result.Customers.Count + result.NoRevenue.Count);
        Assert.Equal(result.Customers.Count, result.Groups.Sum(g => g.Count));
        Assert.True(high.Sum(c => c.Revenue) >= 0.8m * result.Total.Revenue);
        Assert.All(low, c => Assert.True(high.All(h => h.Revenue > c.Revenue)));
    }

    /// <summary>
    /// Revenues on a coarse grid (many ties, zeros and credits) and margins in whole tens of percent (many customers
    /// exactly at the overall margin or the floor), so the tie rules are exercised, not just random distinct figures.
    /// </summary>
    private static List<CustomerPeriodFigures> Customers(NonEmptyArray<int> revenues, NonEmptyArray<int> margins) =>
        revenues.Get.Select((r, i) =>
        {
            var revenue = ((Math.Abs(r % 40)) - 5) * 25_000m;
            var margin = (Math.Abs(margins.Get[i % margins.Get.Length] % 12) - 1) / 10m;
            return new CustomerPeriodFigures(i + 1, $"K{i % 7}", $"Customer {i}", revenue, revenue * (1 - margin), Math.Abs(r % 3) * 10_000m);
        }).ToList();
}

internal static class ShuffleExtensions
{
    public static T[] Shuffle<T>(this IEnumerable<T> items, int seed)
    {
        var array = items.ToArray();
        new Random(seed).Shuffle(array);
        return array;
    }
}
