using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Domain.Tests.ResultModel;

public sealed class TeamResultModelTests
{
    [Fact]
    public void Aggregate_WithGoals_WeighsByResultGoal()
    {
        ResultModelRow[] members = [new(1, 100m, 60m, 100m, ResultGoal: 3_000m), new(2, 100m, 100m, 100m, ResultGoal: 1_000m)];

        var team = TeamResultModel.Aggregate(members);

        Assert.Equal(70m, team.Quantity);
        Assert.Null(team.PersonId);
    }

    [Fact]
    public void Aggregate_NoGoals_IsPlainMean()
    {
        ResultModelRow[] members = [new(1, 100m, 60m, 100m), new(2, 100m, 100m, 100m)];

        Assert.Equal(80m, TeamResultModel.Aggregate(members).Quantity);
    }

    [Fact]
    public void Aggregate_MemberWithoutGoalAmongOthersWithGoals_WeighsZero()
    {
        ResultModelRow[] members = [new(1, 100m, 60m, 100m, ResultGoal: 1_000m), new(2, 100m, 0m, 100m)];

        Assert.Equal(60m, TeamResultModel.Aggregate(members).Quantity);
    }

    [Fact]
    public void Aggregate_UnknownIndex_LeavesMemberOutOfThatMeanOnly()
    {
        ResultModelRow[] members = [new(1, 100m, 60m, null, ResultGoal: 1_000m), new(2, 80m, 100m, 120m, ResultGoal: 1_000m)];

        var team = TeamResultModel.Aggregate(members);

        Assert.Equal(120m, team.Quality);
        Assert.Equal(90m, team.Qualify);
    }

    [Fact]
    public void Aggregate_ResultIndex_IsProductOfTeamIndices()
    {
        ResultModelRow[] members = [new(1, 50m, 100m, 100m), new(2, 150m, 150m, 100m)];

        var team = TeamResultModel.Aggregate(members);

        // 100 × 125 × 100 / 10 000; the mean of the members' results, (50 + 225) / 2 = 137.5, is not used.
        Assert.Equal(125m, team.Result);
    }

    [Fact]
    public void Aggregate_NoMembers_IsAllNull()
    {
        var team = TeamResultModel.Aggregate([]);

        Assert.Null(team.Result);
        Assert.Null(team.ResultGoal);
        Assert.Null(team.WeakestFactor);
    }
}
