using FsCheck;
using FsCheck.Xunit;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class SeasonalityTests
{
    [Fact]
    public void SplitYear_NoHistory_SplitsEvenlyWithExtraUnitsToEarlierMonths()
    {
        // 1 000 005 / 12 = 83 333.75: the floors leave 9 units, which go to January–September.
        var months = Seasonality.SplitYear(1_000_005m, Period.Year(2025), null);

        Assert.Equal(Enumerable.Repeat(83_334m, 9).Concat(Enumerable.Repeat(83_333m, 3)), months.Select(m => m.Target));
        Assert.Equal(Period.Month(2025, 1), months[0].Month);
        Assert.Equal(Period.Month(2025, 12), months[11].Month);
    }

    [Fact]
    public void SplitYear_AllZeroHistory_SplitsEvenly()
    {
        var months = Seasonality.SplitYear(1_200_000m, Period.Year(2025), new decimal[12]);

        Assert.All(months, m => Assert.Equal(100_000m, m.Target));
    }

    [Fact]
    public void SplitYear_LastYearsProfile_FollowsIt()
    {
        decimal[] lastYear = [200m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m];

        var months = Seasonality.SplitYear(1_300_000m, Period.Year(2025), lastYear);

        Assert.Equal(200_000m, months[0].Target);
        Assert.All(months.Skip(1), m => Assert.Equal(100_000m, m.Target));
    }

    [Fact]
    public void SplitYear_FiscalYear_StartsAtItsFirstMonth()
    {
        var months = Seasonality.SplitYear(12m, Period.FiscalYear(2025, 7), null);

        Assert.Equal(Period.Month(2025, 7), months[0].Month);
        Assert.Equal(Period.Month(2026, 6), months[11].Month);
    }

    [Fact]
    public void SplitYear_MonthWithNetCredit_CountsAsZero()
    {
        decimal[] lastYear = [-500m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m, 100m];

        var months = Seasonality.SplitYear(1_100m, Period.Year(2025), lastYear);

        Assert.Equal(0m, months[0].Target);
        Assert.All(months.Skip(1), m => Assert.Equal(100m, m.Target));
    }

    [Fact]
    public void SplitYear_HistoryOfWrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => Seasonality.SplitYear(100m, Period.Year(2025), [1m, 2m, 3m]));

    [Fact]
    public void SplitYear_PeriodNotAYear_Throws() =>
        Assert.Throws<ArgumentException>(() => Seasonality.SplitYear(100m, Period.Quarter(2025, 1), null));

    [Property(MaxTest = 200)]
    public void SplitYear_AnyProfile_MonthsSumExactlyToYear(NonNegativeInt target, NonNegativeInt[] profile)
    {
        var lastYear = profile.Select(p => (decimal)p.Get).Concat(new decimal[12]).Take(12).ToList();

        var months = Seasonality.SplitYear(target.Get, Period.Year(2025), lastYear);

        Assert.Equal(12, months.Count);
        Assert.Equal(target.Get, months.Sum(m => m.Target));
    }
}
