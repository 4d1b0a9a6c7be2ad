using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>The traffic light on a goal: on or ahead of the expected path, a little behind, or clearly behind.</summary>
public enum TrafficLight
{
    Green,
    Yellow,
    Red,
}

/// <summary>Where a goal stands on a date: the figures the steering platform shows beside the target.</summary>
public sealed record GoalEvaluation(decimal Target, decimal Actual, decimal Expected, decimal Forecast, TrafficLight Light);

/// <summary>
/// Continuous evaluation of a goal (DOMAIN.md §2, goal culture): the expected path to the target, a
/// forecast to the period end, and a traffic light. Expected values are measured in working days, so a
/// goal does not fall behind over Easter or Christmas. Rules and worked examples: docs/goals.md.
/// </summary>
public static class GoalProgress
{
    /// <summary>How far short of the expected value (as a share of it) still shows yellow rather than red.</summary>
    public const decimal YellowTolerance = 0.10m;

    /// <summary>
    /// The whole evaluation of one goal. A cumulative goal is expected to grow along the working days (or
    /// along <paramref name="monthlyProfile"/> when given) and is forecast from run-rate and pipeline; a
    /// level goal (margin %, closing rate, pipeline value, …) is expected at its target all along and its
    /// forecast is its current actual.
    /// </summary>
    /// <param name="goal">The goal, with its target, period and direction.</param>
    /// <param name="actual">The actual so far in the period (for a level goal: its current value).</param>
    /// <param name="today">The date to evaluate on, included in the elapsed time.</param>
    /// <param name="country">Whose public holidays are not working days.</param>
    /// <param name="weightedPipeline">The probability-weighted value of open deals expected to close within the period.</param>
    /// <param name="monthlyProfile">Last year's actual by calendar month (index 0 = January), or null to spread on working days alone.</param>
    public static GoalEvaluation Evaluate(
        Goal goal, decimal actual, DateOnly today, HolidayCountry country,
        decimal weightedPipeline = 0, IReadOnlyList<decimal>? monthlyProfile = null)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.Kind.Accrual() == GoalAccrual.Level)
        {
            return new(goal.Target, actual, goal.Target, actual, Light(actual, goal.Target, goal.Direction));
        }

        var expected = monthlyProfile is null
            ? ExpectedByWorkingDays(goal.Target, goal.Period, today, country)
            : ExpectedBySeasonalProfile(goal.Target, goal.Period, today, country, monthlyProfile);
        var forecast = Forecast(actual, goal.Period, today, country, weightedPipeline);
        return new(goal.Target, actual, expected, forecast, Light(actual, expected, goal.Direction));
    }

    /// <summary>
    /// target × working days elapsed (through <paramref name="today"/>, included) / working days in the
    /// period. Zero before the period, the whole target from its last day on. A period without any working
    /// day is spread on calendar days instead.
    /// </summary>
    public static decimal ExpectedByWorkingDays(decimal target, Period period, DateOnly today, HolidayCountry country)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (today < period.Start)
        {
            return 0m;
        }

        if (today >= period.End)
        {
            return target;
        }

        var total = WorkingDays.Count(country, period);
        return total == 0
            ? target * (today.DayNumber - period.Start.DayNumber + 1) / period.Days
            : target * WorkingDays.Count(country, period.Start, today) / total;
    }

    /// <summary>
    /// Like <see cref="ExpectedByWorkingDays"/>, but each working day weighs its calendar month's weight in
    /// <paramref name="monthlyProfile"/> (index 0 = January) divided by that month's working days, so a month
    /// that sold twice as much last year is expected to bring twice as much. Periods of any length work: a
    /// fiscal year, a quarter, a month. When the profile gives the period no weight at all (no history),
    /// it falls back to working days alone.
    /// </summary>
    /// <exception cref="ArgumentException">The profile is not twelve non-negative weights.</exception>
    public static decimal ExpectedBySeasonalProfile(
        decimal target, Period period, DateOnly today, HolidayCountry country, IReadOnlyList<decimal> monthlyProfile)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(monthlyProfile);
        if (monthlyProfile.Count != 12 || monthlyProfile.Any(w => w < 0))
        {
            throw new ArgumentException("A monthly profile is twelve non-negative weights, January first.", nameof(monthlyProfile));
        }

        if (today < period.Start)
        {
            return 0m;
        }

        if (today >= period.End)
        {
            return target;
        }

        decimal elapsed = 0m, total = 0m;
        for (var monthStart = new DateOnly(period.Start.Year, period.Start.Month, 1); monthStart <= period.End; monthStart = monthStart.AddMonths(1))
        {
            var month = Period.Month(monthStart.Year, monthStart.Month);
            var weight = monthlyProfile[monthStart.Month - 1];
            var daysInMonth = WorkingDays.Count(country, month);
            if (weight == 0 || daysInMonth == 0)
            {
                continue;
            }

            var from = Later(month.Start, period.Start);
            var to = Earlier(month.End, period.End);
            total += weight * WorkingDays.Count(country, from, to) / daysInMonth;
            elapsed += weight * WorkingDays.Count(country, from, Earlier(to, today)) / daysInMonth;
        }

        return total == 0 ? ExpectedByWorkingDays(target, period, today, country) : target * elapsed / total;
    }

    /// <summary>
    /// actual + run-rate × remaining working days + weighted pipeline, where run-rate = actual / working days
    /// elapsed (through <paramref name="today"/>, included) and remaining = working days after today to the
    /// period end. Before the first working day there is no run-rate yet; from the last day of the period
    /// on, the forecast is the actual, since nothing more can land in it.
    /// </summary>
    public static decimal Forecast(decimal actual, Period period, DateOnly today, HolidayCountry country, decimal weightedPipeline)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (today >= period.End)
        {
            return actual;
        }

        var elapsed = today < period.Start ? 0 : WorkingDays.Count(country, period.Start, today);
        var remaining = WorkingDays.Count(country, Later(today.AddDays(1), period.Start), period.End);
        var runRate = elapsed == 0 ? 0m : actual / elapsed;
        return actual + (runRate * remaining) + weightedPipeline;
    }

    /// <summary>
    /// Higher is better: green when actual ≥ expected, yellow when actual ≥ expected − 10 % of |expected|,
    /// red below. Lower is better mirrors it: green when actual ≤ expected, yellow when actual ≤ expected +
    /// 10 % of |expected|, red above. The absolute value keeps the bands the right way round for a negative
    /// expected value (a planned decline).
    /// </summary>
    public static TrafficLight Light(decimal actual, decimal expected, GoalDirection direction)
    {
        var tolerance = Math.Abs(expected) * YellowTolerance;
        return direction == GoalDirection.HigherIsBetter
            ? actual >= expected ? TrafficLight.Green : actual >= expected - tolerance ? TrafficLight.Yellow : TrafficLight.Red
            : actual <= expected ? TrafficLight.Green : actual <= expected + tolerance ? TrafficLight.Yellow : TrafficLight.Red;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
