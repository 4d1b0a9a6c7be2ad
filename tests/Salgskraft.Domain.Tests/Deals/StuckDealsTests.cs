using Salgskraft.Domain.Deals;
using static Salgskraft.Domain.Tests.Deals.DealTestData;

namespace Salgskraft.Domain.Tests.Deals;

public sealed class StuckDealsTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);

    private static Deal TouchedOn(DateOnly stageChangedOn, DateOnly? lastActivityOn = null)
    {
        var deal = Deal(Quote, createdOn: new DateOnly(2024, 6, 1));
        deal.StageChangedOn = stageChangedOn;
        deal.LastActivityOn = lastActivityOn;
        return deal;
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(31, true)]
    public void Find_DaysSinceLastProgress_StuckFromExactlyN(int daysLater, bool stuck)
    {
        var deal = TouchedOn(March1);

        var found = StuckDeals.Find([deal], March1.AddDays(daysLater));

        Assert.Equal(stuck, found.Count == 1);
    }

    [Fact]
    public void Find_RecentActivityOnOldStage_IsNotStuck()
    {
        var deal = TouchedOn(new DateOnly(2024, 12, 1), lastActivityOn: March1);

        Assert.Empty(StuckDeals.Find([deal], March1.AddDays(29)));
    }

    [Fact]
    public void Find_RecentStageChangeWithOldActivity_IsNotStuck()
    {
        var deal = TouchedOn(March1, lastActivityOn: new DateOnly(2024, 12, 1));

        Assert.Empty(StuckDeals.Find([deal], March1.AddDays(29)));
    }

    [Fact]
    public void Find_NewDealWithDefaultStageDate_CountsFromCreation()
    {
        var deal = Deal(Lead, createdOn: March1);
        deal.StageChangedOn = default;

        Assert.Empty(StuckDeals.Find([deal], March1.AddDays(29)));
    }

    [Fact]
    public void Find_ClosedDeals_AreNeverStuck()
    {
        var won = TouchedOn(new DateOnly(2024, 1, 1));
        won.Status = DealStatus.Won;

        Assert.Empty(StuckDeals.Find([won], March1));
    }

    [Fact]
    public void Find_CustomN_UsesTheSetting()
    {
        var deal = TouchedOn(March1);

        Assert.Single(StuckDeals.Find([deal], March1.AddDays(7), days: 7));
        Assert.Empty(StuckDeals.Find([deal], March1.AddDays(6), days: 7));
    }

    [Fact]
    public void Find_ZeroDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StuckDeals.Find([], March1, days: 0));

    [Fact]
    public void Find_SeveralStuck_LongestIdleFirstWithDays()
    {
        var older = TouchedOn(new DateOnly(2025, 1, 1));
        var newer = TouchedOn(new DateOnly(2025, 2, 1));

        var found = StuckDeals.Find([newer, older], March1.AddDays(30));

        Assert.Equal([older, newer], found.Select(s => s.Deal));
        Assert.Equal(89, found[0].DaysWithoutProgress);
        Assert.Equal(new DateOnly(2025, 1, 1), found[0].LastProgressOn);
    }

    /// <summary>
    /// The app derives today from its TimeProvider in the company's time zone; a deal becomes stuck at local
    /// midnight, not at UTC midnight.
    /// </summary>
    [Fact]
    public void Find_TodayFromControlledClockInOslo_TurnsStuckAtLocalMidnight()
    {
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        var deal = TouchedOn(March1);
        // 30 March 2025 22:30 UTC is 31 March 00:30 in Oslo (summer time from 30 March): day 30 there, day 29 in UTC.
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 30, 22, 30, 0, TimeSpan.Zero), oslo);
        var utcClock = new FixedClock(clock.GetUtcNow(), TimeZoneInfo.Utc);

        var stuckInOslo = StuckDeals.Find([deal], Today(clock));
        var stuckInUtc = StuckDeals.Find([deal], Today(utcClock));

        Assert.Single(stuckInOslo);
        Assert.Empty(stuckInUtc);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private sealed class FixedClock(DateTimeOffset utcNow, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;

        public override TimeZoneInfo LocalTimeZone => zone;
    }
}
