using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>A dated sub-goal (<i>delmål</i>) on the way from the starting point to the main goal.</summary>
public sealed record PlannedSubGoal(int Number, DateOnly Date, decimal Target);

/// <summary>
/// Places sub-goals backwards from the main goal to the start (DOMAIN.md §2): the span from start to main goal is
/// cut into equal steps counted back from the main goal's date, and each sub-goal's target lies on the straight
/// path from the starting value to the main target, rounded to whole units. Sub-goal 1 is the first one reached.
/// </summary>
public static class SubGoalPlan
{
    /// <exception cref="ArgumentException">The main goal is not after the start, or fewer than one sub-goal, or more sub-goals than days.</exception>
    public static IReadOnlyList<PlannedSubGoal> PlaceBackwards(DateOnly start, decimal startValue, DateOnly mainDate, decimal mainTarget, int count)
    {
        var days = mainDate.DayNumber - start.DayNumber;
        if (days <= 0)
        {
            throw Refusal.Argument("MainGoalNotAfterStart", nameof(mainDate), $"The main goal's date must be after the start.");
        }

        if (count < 1 || count >= days)
        {
            throw Refusal.Argument("SubGoalsThatFit", nameof(count), $"Between 1 and {days - 1} sub-goals fit between the start and the main goal.");
        }

        var goals = new PlannedSubGoal[count];
        for (var back = 1; back <= count; back++)
        {
            // Counted from the main goal backwards: the step k back lies k/(n+1) of the span before the main date.
            var share = (decimal)(count + 1 - back) / (count + 1);
            var date = mainDate.AddDays(-(int)Math.Round(days * (decimal)back / (count + 1), MidpointRounding.AwayFromZero));
            var target = decimal.Round(startValue + ((mainTarget - startValue) * share), 0, MidpointRounding.AwayFromZero);
            goals[count - back] = new PlannedSubGoal(count + 1 - back, date, target);
        }

        return goals;
    }
}
