using System.Globalization;

namespace Salgskraft.Domain.Common;

public enum PeriodKind
{
    Year,
    FiscalYear,
    Quarter,
    Month,
    Week,
    Rolling12Months,
}

/// <summary>
/// A span of whole days, both ends included. Written as <c>2025</c>, <c>FY2025-07</c> (fiscal year starting
/// July 2025), <c>2025-Q1</c>, <c>2025-03</c>, <c>2025-W05</c> (ISO week) or <c>R12-2025-06</c> (the twelve
/// months ending June 2025).
/// </summary>
public sealed record Period(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    public static Period Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period FiscalYear(int startYear, int startMonth)
    {
        var start = new DateOnly(startYear, startMonth, 1);
        return new(PeriodKind.FiscalYear, start, start.AddYears(1).AddDays(-1));
    }

    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(PeriodKind.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static Period Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, start, start.AddMonths(1).AddDays(-1));
    }

    public static Period Week(int isoYear, int week)
    {
        var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        return new(PeriodKind.Week, start, start.AddDays(6));
    }

    /// <summary>The twelve whole months that end with the given month.</summary>
    public static Period Rolling12Months(int endYear, int endMonth)
    {
        var end = new DateOnly(endYear, endMonth, 1).AddMonths(1).AddDays(-1);
        return new(PeriodKind.Rolling12Months, new DateOnly(endYear, endMonth, 1).AddMonths(-11), end);
    }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The period of the same kind and length just before this one (last year, last quarter, …).</summary>
    public Period Previous() => Kind switch
    {
        PeriodKind.Week => new(Kind, Start.AddDays(-7), End.AddDays(-7)),
        PeriodKind.Month => Month(Start.AddMonths(-1).Year, Start.AddMonths(-1).Month),
        PeriodKind.Quarter => new(Kind, Start.AddMonths(-3), Start.AddDays(-1)),
        _ => new(Kind, Start.AddYears(-1), Start.AddDays(-1)),
    };

    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.FiscalYear => string.Create(CultureInfo.InvariantCulture, $"FY{Start.Year}-{Start.Month:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-Q{((Start.Month - 1) / 3) + 1}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-{Start.Month:00}"),
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"R12-{End.Year}-{End.Month:00}"),
    };

    /// <summary>Reads the forms <see cref="ToString"/> writes; false for anything else.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToUpperInvariant();
        var parts = s.Split('-');
        try
        {
            period = parts switch
            {
                [var y] when y.Length == 4 && Int(y) is { } year => Year(year),
                [var fy, var m] when fy.StartsWith("FY", StringComparison.Ordinal) && Int(fy[2..]) is { } year && Int(m) is { } month and >= 1 and <= 12
                    => FiscalYear(year, month),
                [var y, var q] when q.StartsWith('Q') && Int(y) is { } year && Int(q[1..]) is { } quarter and >= 1 and <= 4
                    => Quarter(year, quarter),
                [var y, var w] when w.StartsWith('W') && Int(y) is { } year && Int(w[1..]) is { } week and >= 1 and <= 53
                    && week <= ISOWeek.GetWeeksInYear(year) => Week(year, week),
                [var y, var m] when Int(y) is { } year && Int(m) is { } month and >= 1 and <= 12 => Month(year, month),
                ["R12", var y, var m] when Int(y) is { } year && Int(m) is { } month and >= 1 and <= 12 => Rolling12Months(year, month),
                _ => null!,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            period = null!;
        }

        return period is not null;
    }

    private static int? Int(string s) =>
        s.Length is > 0 and <= 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 9999
            ? v
            : null;
}
