using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Tests.Common;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2023, 4, 9)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_IsTheKnownDate(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), WorkingDays.EasterSunday(year));

    [Fact]
    public void Holidays_Norway2025_AreTheOfficialDays()
    {
        var days = WorkingDays.Holidays(HolidayCountry.Norway, 2025).Select(h => h.Date);

        Assert.Equal(
        [
            new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 17), new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 20),
            new DateOnly(2025, 4, 21), new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 29),
            new DateOnly(2025, 6, 8), new DateOnly(2025, 6, 9), new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26),
        ], days);
    }

    [Fact]
    public void Holidays_Denmark2023_IncludeStoreBededag()
    {
        var days = WorkingDays.Holidays(HolidayCountry.Denmark, 2023);

        Assert.Contains((new DateOnly(2023, 5, 5), PublicHoliday.GreatPrayerDay), days);
    }

    [Fact]
    public void Holidays_Denmark2024_HaveNoStoreBededag()
    {
        var days = WorkingDays.Holidays(HolidayCountry.Denmark, 2024);

        Assert.DoesNotContain(days, h => h.Holiday == PublicHoliday.GreatPrayerDay);
        Assert.True(WorkingDays.IsWorkingDay(HolidayCountry.Denmark, new DateOnly(2024, 4, 26)));
    }

    [Theory]
    [InlineData(2024, 5, 17, HolidayCountry.Norway, false)]
    [InlineData(2024, 5, 17, HolidayCountry.Denmark, true)]
    [InlineData(2025, 5, 1, HolidayCountry.Norway, false)]
    [InlineData(2025, 5, 1, HolidayCountry.Denmark, true)]
    [InlineData(2025, 6, 5, HolidayCountry.Denmark, false)]
    [InlineData(2025, 6, 5, HolidayCountry.Norway, true)]
    [InlineData(2025, 12, 24, HolidayCountry.Denmark, false)]
    [InlineData(2025, 12, 24, HolidayCountry.Norway, true)]
    [InlineData(2026, 4, 2, HolidayCountry.Norway, false)]
    [InlineData(2026, 4, 3, HolidayCountry.Denmark, false)]
    [InlineData(2026, 4, 6, HolidayCountry.Norway, false)]
    [InlineData(2026, 5, 14, HolidayCountry.Denmark, false)]
    [InlineData(2026, 5, 25, HolidayCountry.Norway, false)]
    [InlineData(2026, 4, 4, HolidayCountry.Norway, false)]
    [InlineData(2026, 4, 7, HolidayCountry.Norway, true)]
    public void IsWorkingDay_KnownDates_AsEachCountryDefines(int year, int month, int day, HolidayCountry country, bool expected) =>
        Assert.Equal(expected, WorkingDays.IsWorkingDay(country, new DateOnly(year, month, day)));

    [Theory]
    [InlineData(HolidayCountry.Norway, 252)]
    [InlineData(HolidayCountry.Denmark, 251)]
    public void Count_Year2025_ExcludesWeekendsAndHolidays(HolidayCountry country, int expected) =>
        Assert.Equal(expected, WorkingDays.Count(country, Period.Year(2025)));

    [Fact]
    public void Count_April2025Norway_LosesEasterDays()
    {
        // 22 weekdays, less Maundy Thursday, Good Friday and Easter Monday.
        Assert.Equal(19, WorkingDays.Count(HolidayCountry.Norway, Period.Month(2025, 4)));
    }

    [Fact]
    public void Count_AcrossNewYear_UsesBothYearsHolidays()
    {
        // 29 Dec 2025 (Mon) – 2 Jan 2026 (Fri): 1 January is the only holiday on a weekday.
        Assert.Equal(4, WorkingDays.Count(HolidayCountry.Norway, new DateOnly(2025, 12, 29), new DateOnly(2026, 1, 2)));
    }

    [Fact]
    public void Count_EndBeforeStart_IsZero() =>
        Assert.Equal(0, WorkingDays.Count(HolidayCountry.Norway, new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 1)));

    [Fact]
    public void Weeks_April2025Norway_IsWorkingDaysOverFive() =>
        Assert.Equal(3.8m, WorkingDays.Weeks(HolidayCountry.Norway, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)));
}
