using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class SubGoalPlanTests
{
    [Fact]
    public void PlaceBackwards_ThreeSubGoals_EqualStepsBackFromTheMainGoalOnTheStraightPath()
    {
        // 400 days from 10 000 000 to 13 000 000 (seed 000: grow 30 %): steps of 100 days and 750 000 back from the main goal.
        var start = new DateOnly(2025, 1, 1);
        var plan = SubGoalPlan.PlaceBackwards(start, 10_000_000m, start.AddDays(400), 13_000_000m, 3);

        Assert.Equal(
            [new(1, start.AddDays(100), 10_750_000m), new(2, start.AddDays(200), 11_500_000m), new PlannedSubGoal(3, start.AddDays(300), 12_250_000m)],
            plan);
    }

    [Fact]
    public void PlaceBackwards_UnevenSpan_RoundsDatesAndTargetsToWholeUnits()
    {
        var start = new DateOnly(2025, 1, 1);
        var plan = SubGoalPlan.PlaceBackwards(start, 0m, start.AddDays(10), 10m, 2);

        Assert.Equal([new(1, start.AddDays(3), 3m), new PlannedSubGoal(2, start.AddDays(7), 7m)], plan);
    }

    [Fact]
    public void PlaceBackwards_MainGoalNotAfterStart_Throws() =>
        Assert.Throws<ArgumentException>(() => SubGoalPlan.PlaceBackwards(new DateOnly(2025, 1, 1), 0m, new DateOnly(2025, 1, 1), 1m, 1));

    [Fact]
    public void PlaceBackwards_MoreSubGoalsThanDays_Throws() =>
        Assert.Throws<ArgumentException>(() => SubGoalPlan.PlaceBackwards(new DateOnly(2025, 1, 1), 0m, new DateOnly(2025, 1, 3), 1m, 2));
}
