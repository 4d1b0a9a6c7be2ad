using Salgskraft.Domain.Activities;
using static Salgskraft.Domain.Tests.Activities.ActivityTestData;

namespace Salgskraft.Domain.Tests.Activities;

public sealed class ActivityGoalTests
{
    private static readonly DateOnly Day = new(2025, 3, 3);

    [Fact]
    public void CountIn_QualifiedOnly_SkipsUnqualifiedAndOtherTypes()
    {
        var goal = new ActivityGoal(Meeting, Target: 10, QualifiedOnly: true);
        Activity[] activities = [Activity(Meeting, Day, qualified: true), Activity(Meeting, Day), Activity(Call, Day, qualified: true)];

        Assert.Equal(1, goal.CountIn(activities));
    }

    [Fact]
    public void Progress_EightOfTen_IsPointEight()
    {
        var progress = new ActivityGoalProgress(new ActivityGoal(Meeting, 10), Actual: 8);

        Assert.Equal(0.8m, progress.Attainment);
    }

    [Fact]
    public void Progress_ZeroTarget_HasNoAttainment() =>
        Assert.Null(new ActivityGoalProgress(new ActivityGoal(Meeting, 0), Actual: 3).Attainment);
}
