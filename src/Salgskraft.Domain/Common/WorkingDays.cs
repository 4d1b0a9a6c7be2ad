namespace Salgskraft.Domain.Common;

/// <summary>The countries whose public holidays the working-day calendar knows.</summary>
public enum HolidayCountry
{
    Norway,
    Denmark,
}

/// <summary>The public holidays of Norway and Denmark; the UI names them from resources.</summary>
public enum PublicHoliday
{
    NewYearsDay,
    MaundyThursday,
    GoodFriday,
    EasterSunday,
    EasterMonday,

    /// <summary>Store bededag, Denmark only, abolished from 2024.</summary>
    GreatPrayerDay,

    /// <summary>1 May, Norway.</summary>
    LabourDay,

    /// <summary>17 May, Norway.</summary>
    NorwegianConstitutionDay,
    AscensionDay,
    WhitSunday,
    WhitMonday,

    /// <summary>Grundlovsdag 5 June, Denmark: formally a half day, most businesses close, so counted as a holiday.</summary>
    DanishConstitutionDay,

    /// <summary>24 December, Denmark: not a statutory holiday but shops and offices close, so counted as one.</summary>
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
}

/// <summary>
/// Working days (Monday–Friday, public holidays excluded) for Norway and Denmark. Expected-by-now and
/// per-week figures are measured on these, so a goal does not fall behind over Easter or Christmas.
/// </summary>
public static class WorkingDays
{
    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The public holidays of a country in a year, in date order (some fall on weekends).</summary>
    public static IReadOnlyList<(DateOnly Date, PublicHoliday Holiday)> Holidays(HolidayCountry country, int year)
    {
        var easter = EasterSunday(year);
        List<(DateOnly, PublicHoliday)> days =
        [
            (new DateOnly(year, 1, 1), PublicHoliday.NewYearsDay),
            (easter.AddDays(-3), PublicHoliday.MaundyThursday),
            (easter.AddDays(-2), PublicHoliday.GoodFriday),
            (easter, PublicHoliday.EasterSunday),
            (easter.AddDays(1), PublicHoliday.EasterMonday),
            (easter.AddDays(39), PublicHoliday.AscensionDay),
            (easter.AddDays(49), PublicHoliday.WhitSunday),
            (easter.AddDays(50), PublicHoliday.WhitMonday),
            (new DateOnly(year, 12, 25), PublicHoliday.ChristmasDay),
            (new DateOnly(year, 12, 26), PublicHoliday.BoxingDay),
        ];

        switch (country)
        {
            case HolidayCountry.Norway:
                days.Add((new DateOnly(year, 5, 1), PublicHoliday.LabourDay));
                days.Add((new DateOnly(year, 5, 17), PublicHoliday.NorwegianConstitutionDay));
                break;
            case HolidayCountry.Denmark:
                if (year <= 2023)
                {
                    // The fourth Friday after Easter; abolished by law from 2024.
                    days.Add((easter.AddDays(26), PublicHoliday.GreatPrayerDay));
                }

                days.Add((new DateOnly(year, 6, 5), PublicHoliday.DanishConstitutionDay));
                days.Add((new DateOnly(year, 12, 24), PublicHoliday.ChristmasEve));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(country), country, null);
        }

        return [.. days.OrderBy(d => d.Item1)];
    }

    public static bool IsPublicHoliday(HolidayCountry country, DateOnly date) =>
        Holidays(country, date.Year).Any(h => h.Date == date);

    public static bool IsWorkingDay(HolidayCountry country, DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(country, date);

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included; zero when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public static int Count(HolidayCountry country, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var holidays = Enumerable.Range(from.Year, to.Year - from.Year + 1)
            .SelectMany(y => Holidays(country, y))
            .Select(h => h.Date)
            .ToHashSet();
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                count++;
            }
        }

        return count;
    }

    public static int Count(HolidayCountry country, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Count(country, period.Start, period.End);
    }

    /// <summary>Working weeks (working days / 5) from one date to another, both included: the divisor for "per week" goals.</summary>
    public static decimal Weeks(HolidayCountry country, DateOnly from, DateOnly to) => Count(country, from, to) / 5m;
}
