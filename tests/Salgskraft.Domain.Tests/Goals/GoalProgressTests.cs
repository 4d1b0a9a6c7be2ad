using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class GoalProgressTests
{
    private static readonly Period April2025 = Period.Month(2025, 4);

    [Fact]
    public void ExpectedByWorkingDays_MidApril_IsShareOfWorkingDays()
    {
        // April 2025 in Norway has 19 working days; 1–16 April holds 12 of them.
        var expected = GoalProgress.ExpectedByWorkingDays(1_900_000m, April2025, new DateOnly(2025, 4, 16), HolidayCountry.Norway);

        Assert.Equal(1_200_000m, expected);
    }

    [Fact]
    public void ExpectedByWorkingDays_OverEaster_DoesNotGrow()
    {
        var beforeEaster = GoalProgress.ExpectedByWorkingDays(1_900_000m, April2025, new DateOnly(2025, 4, 16), HolidayCountry.Norway);
        var easterMonday = GoalProgress.ExpectedByWorkingDays(1_900_000m, April2025, new DateOnly(2025, 4, 21), HolidayCountry.Norway);
        var dayAfter = GoalProgress.ExpectedByWorkingDays(1_900_000m, April2025, new DateOnly(2025, 4, 22), HolidayCountry.Norway);

        Assert.Equal(beforeEaster, easterMonday);
        Assert.Equal(1_300_000m, dayAfter);
    }

    [Theory]
    [InlineData(2025, 3, 31, 0)]
    [InlineData(2025, 4, 30, 1_900_000)]
    [InlineData(2025, 5, 15, 1_900_000)]
    public void ExpectedByWorkingDays_OutsideThePeriod_IsNothingOrAll(int year, int month, int day, int expected) =>
        Assert.Equal(expected, GoalProgress.ExpectedByWorkingDays(1_900_000m, April2025, new DateOnly(year, month, day), HolidayCountry.Norway));

    [Fact]
    public void ExpectedByWorkingDays_PeriodWithoutWorkingDays_UsesCalendarDays()
    {
        // In Denmark 24–26 Dec 2025 are holidays and 27–28 a weekend: a span without a single working day.
        var period = new Period(PeriodKind.Week, new DateOnly(2025, 12, 24), new DateOnly(2025, 12, 28));

        var expected = GoalProgress.ExpectedByWorkingDays(50m, period, new DateOnly(2025, 12, 25), HolidayCountry.Denmark);

        Assert.Equal(20m, expected);
    }

    [Fact]
    public void ExpectedBySeasonalProfile_EndOfStrongMonth_IsItsWeight()
    {
        decimal[] profile = [2m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m];

        var expected = GoalProgress.ExpectedBySeasonalProfile(
            1_300_000m, Period.Year(2025), new DateOnly(2025, 1, 31), HolidayCountry.Norway, profile);

        Assert.Equal(200_000m, expected);
    }

    [Fact]
    public void ExpectedBySeasonalProfile_MidMonth_IsShareOfTheMonthsWorkingDays()
    {
        // January 2025 in Norway: 22 working days, 10 of them through 15 January; January weighs 2 of 13.
        decimal[] profile = [2m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m];

        var expected = GoalProgress.ExpectedBySeasonalProfile(
            1_300_000m, Period.Year(2025), new DateOnly(2025, 1, 15), HolidayCountry.Norway, profile);

        Assert.Equal(90_909.09m, Math.Round(expected, 2));
    }

    [Fact]
    public void ExpectedBySeasonalProfile_Quarter_UsesOnlyItsMonths()
    {
        decimal[] profile = [2m, 1m, 1m, 9m, 9m, 9m, 9m, 9m, 9m, 9m, 9m, 9m];

        var expected = GoalProgress.ExpectedBySeasonalProfile(
            400_000m, Period.Quarter(2025, 1), new DateOnly(2025, 2, 28), HolidayCountry.Norway, profile);

        Assert.Equal(300_000m, expected);
    }

    [Fact]
    public void ExpectedBySeasonalProfile_NoHistory_FallsBackToWorkingDays()
    {
        var seasonal = GoalProgress.ExpectedBySeasonalProfile(1_900_000m, April2025, new DateOnly(2025, 4, 16), HolidayCountry.Norway, new decimal[12]);

        Assert.Equal(1_200_000m, seasonal);
    }

    [Fact]
    public void ExpectedBySeasonalProfile_WrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            GoalProgress.ExpectedBySeasonalProfile(1m, April2025, new DateOnly(2025, 4, 16), HolidayCountry.Norway, [1m]));

    [Fact]
    public void Forecast_MidApril_IsActualPlusRunRatePlusPipeline()
    {
        // 1 200 000 over 12 working days = 100 000 a day; 7 working days remain; 250 000 weighted pipeline.
        var forecast = GoalProgress.Forecast(1_200_000m, April2025, new DateOnly(2025, 4, 16), HolidayCountry.Norway, 250_000m);

        Assert.Equal(2_150_000m, forecast);
    }

    [Fact]
    public void Forecast_BeforeThePeriod_IsActualPlusPipeline() =>
        Assert.Equal(250_000m, GoalProgress.Forecast(0m, April2025, new DateOnly(2025, 3, 20), HolidayCountry.Norway, 250_000m));

    [Fact]
    public void Forecast_AfterThePeriod_IsTheActual() =>
        Assert.Equal(1_800_000m, GoalProgress.Forecast(1_800_000m, April2025, new DateOnly(2025, 4, 30), HolidayCountry.Norway, 250_000m));

    [Theory]
    [InlineData(100, 100, GoalDirection.HigherIsBetter, TrafficLight.Green)]
    [InlineData(120, 100, GoalDirection.HigherIsBetter, TrafficLight.Green)]
    [InlineData(95, 100, GoalDirection.HigherIsBetter, TrafficLight.Yellow)]
    [InlineData(90, 100, GoalDirection.HigherIsBetter, TrafficLight.Yellow)]
    [InlineData(89.99, 100, GoalDirection.HigherIsBetter, TrafficLight.Red)]
    [InlineData(0, 0, GoalDirection.HigherIsBetter, TrafficLight.Green)]
    [InlineData(-105, -100, GoalDirection.HigherIsBetter, TrafficLight.Yellow)]
    [InlineData(-111, -100, GoalDirection.HigherIsBetter, TrafficLight.Red)]
    [InlineData(100, 100, GoalDirection.LowerIsBetter, TrafficLight.Green)]
    [InlineData(50, 100, GoalDirection.LowerIsBetter, TrafficLight.Green)]
    [InlineData(110, 100, GoalDirection.LowerIsBetter, TrafficLight.Yellow)]
    [InlineData(110.01, 100, GoalDirection.LowerIsBetter, TrafficLight.Red)]
    [InlineData(1, 0, GoalDirection.LowerIsBetter, TrafficLight.Red)]
    public void Light_ActualAgainstExpected_FollowsTheThresholds(double actual, double expected, GoalDirection direction, TrafficLight light) =>
        Assert.Equal(light, GoalProgress.Light((decimal)actual, (decimal)expected, direction));

    [Fact]
    public void Evaluate_RevenueGoal_GivesExpectedForecastAndLight()
    {
        var goal = new Goal(GoalKind.Revenue, GoalOwnerLevel.Person, 7, April2025, 1_900_000m);

        var result = GoalProgress.Evaluate(goal, 1_100_000m, new DateOnly(2025, 4, 16), HolidayCountry.Norway, weightedPipeline: 250_000m);

        // Run-rate 1 100 000 / 12 working days, times the 7 remaining, plus the pipeline.
        Assert.Equal(1_200_000m, result.Expected);
        Assert.Equal(1_991_666.67m, Math.Round(result.Forecast, 2));
        Assert.Equal(TrafficLight.Yellow, result.Light);
    }

    [Fact]
    public void Evaluate_WithMonthlyProfile_UsesIt()
    {
        var goal = new Goal(GoalKind.Revenue, GoalOwnerLevel.Person, 7, Period.Year(2025), 1_300_000m);
        decimal[] profile = [2m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m];

        var result = GoalProgress.Evaluate(goal, 200_000m, new DateOnly(2025, 1, 31), HolidayCountry.Norway, monthlyProfile: profile);

        Assert.Equal(200_000m, result.Expected);
        Assert.Equal(TrafficLight.Green, result.Light);
    }

    [Fact]
    public void Evaluate_MarginGoal_IsExpectedAtTargetAllAlong()
    {
        var goal = new Goal(GoalKind.MarginPercent, GoalOwnerLevel.Person, 7, Period.Year(2025), 0.25m);

        var result = GoalProgress.Evaluate(goal, 0.24m, new DateOnly(2025, 2, 1), HolidayCountry.Norway);

        Assert.Equal(new GoalEvaluation(0.25m, 0.24m, 0.25m, 0.24m, TrafficLight.Yellow), result);
    }

    [Fact]
    public void Evaluate_CustomerLossAboveTarget_IsRed()
    {
        var goal = new Goal(GoalKind.CustomerLoss, GoalOwnerLevel.Unit, 3, Period.Year(2025), 5m);

        var result = GoalProgress.Evaluate(goal, 6m, new DateOnly(2025, 6, 1), HolidayCountry.Denmark);

        Assert.Equal(TrafficLight.Red, result.Light);
    }
}
