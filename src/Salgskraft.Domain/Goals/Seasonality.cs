using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>A month's share of a year goal.</summary>
public sealed record MonthTarget(Period Month, decimal Target);

/// <summary>
/// Month goals that follow last year's rhythm (DOMAIN.md §2, seasonality): a year target split over its
/// twelve months in proportion to last year's actual per month, by the same largest-remainder rule as
/// every other distribution, so the months add up exactly to the year.
/// </summary>
public static class Seasonality
{
    /// <summary>
    /// Splits <paramref name="yearTarget"/> (whole units) over the twelve months of <paramref name="year"/>
    /// (a calendar or fiscal year). <paramref name="lastYearMonthly"/> holds last year's actual for the same
    /// twelve months, first month of the year first; a month with net credit counts as zero. With no
    /// history (null, empty or all zero) the split is even, and a tie goes to the earlier month.
    /// </summary>
    /// <exception cref="ArgumentException">The period is not twelve whole months, the history is not twelve values, or the target is not a whole non-negative amount.</exception>
    public static IReadOnlyList<MonthTarget> SplitYear(decimal yearTarget, Period year, IReadOnlyList<decimal>? lastYearMonthly)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.Start.Day != 1 || year.End != year.Start.AddYears(1).AddDays(-1))
        {
            throw new ArgumentException($"{year} is not twelve whole months.", nameof(year));
        }

        if (lastYearMonthly is { Count: not 0 and not 12 })
        {
            throw new ArgumentException($"Last year's profile needs twelve months; got {lastYearMonthly.Count}.", nameof(lastYearMonthly));
        }

        var months = Enumerable.Range(0, 12)
            .Select(i => year.Start.AddMonths(i))
            .Select(start => Period.Month(start.Year, start.Month))
            .ToList();

        // Keys and names are "yyyy-MM", so the name tie-break means the earlier month.
        var shares = months
            .Select((m, i) => new DistributionShare(
                m.ToString(), m.ToString(), lastYearMonthly is { Count: 12 } ? Math.Max(0m, lastYearMonthly[i]) : 0m))
            .ToList();
        var parts = Distribution.Distribute(yearTarget, shares);
        return [.. months.Select((m, i) => new MonthTarget(m, parts[i].Target))];
    }
}
