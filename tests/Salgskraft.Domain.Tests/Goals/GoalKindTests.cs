using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class GoalKindTests
{
    [Theory]
    [InlineData(GoalKind.Revenue, GoalCategory.Result, GoalUnit.Money, GoalAccrual.Cumulative)]
    [InlineData(GoalKind.Contribution, GoalCategory.Result, GoalUnit.Money, GoalAccrual.Cumulative)]
    [InlineData(GoalKind.MarginPercent, GoalCategory.Result, GoalUnit.Percent, GoalAccrual.Level)]
    [InlineData(GoalKind.NewCustomerRevenue, GoalCategory.Result, GoalUnit.Money, GoalAccrual.Cumulative)]
    [InlineData(GoalKind.ProductGroupRevenue, GoalCategory.Result, GoalUnit.Money, GoalAccrual.Cumulative)]
    [InlineData(GoalKind.ExistingCustomerGrowth, GoalCategory.Result, GoalUnit.Money, GoalAccrual.Cumulative)]
    [InlineData(GoalKind.CustomerLoss, GoalCategory.Result, GoalUnit.Count, GoalAccrual.Level)]
    [InlineData(GoalKind.PlatformGroupShare, GoalCategory.Result, GoalUnit.Percent, GoalAccrual.Level)]
    [InlineData(GoalKind.PipelineValue, GoalCategory.Kpi, GoalUnit.Money, GoalAccrual.Level)]
    [InlineData(GoalKind.QualifiedMeetingsPerWeek, GoalCategory.Kpi, GoalUnit.Count, GoalAccrual.Level)]
    [InlineData(GoalKind.VisitsPerWeek, GoalCategory.Kpi, GoalUnit.Count, GoalAccrual.Level)]
    [InlineData(GoalKind.ClosingRate, GoalCategory.Kpi, GoalUnit.Percent, GoalAccrual.Level)]
    [InlineData(GoalKind.ActivityCount, GoalCategory.Kpi, GoalUnit.Count, GoalAccrual.Cumulative)]
    [InlineData(GoalKind.CustomerSatisfaction, GoalCategory.Kpi, GoalUnit.Percent, GoalAccrual.Level)]
    public void Facts_EveryKind_AreAsDocumented(GoalKind kind, GoalCategory category, GoalUnit unit, GoalAccrual accrual)
    {
        Assert.Equal(category, kind.Category());
        Assert.Equal(unit, kind.Unit());
        Assert.Equal(accrual, kind.Accrual());
    }

    [Fact]
    public void DefaultDirection_OnlyCustomerLoss_IsLowerIsBetter() =>
        Assert.Equal([GoalKind.CustomerLoss], Enum.GetValues<GoalKind>().Where(k => k.DefaultDirection() == GoalDirection.LowerIsBetter));

    [Fact]
    public void NeedsSubject_ProductGroupPlatformGroupAndActivity_AreTheOnes() =>
        Assert.Equal(
            [GoalKind.ProductGroupRevenue, GoalKind.PlatformGroupShare, GoalKind.ActivityCount],
            Enum.GetValues<GoalKind>().Where(k => k.NeedsSubject()));

    [Fact]
    public void Goal_New_TakesKindsDirectionAndWeightOne()
    {
        var goal = new Goal(GoalKind.CustomerLoss, GoalOwnerLevel.Unit, 3, Period.Year(2025), 5m);

        Assert.Equal(GoalDirection.LowerIsBetter, goal.Direction);
        Assert.Equal(1m, goal.Weight);
        Assert.Equal(GoalCategory.Result, goal.Category);
    }

    [Fact]
    public void Goal_DirectionAndWeight_CanBeSet()
    {
        var goal = new Goal(GoalKind.Revenue, GoalOwnerLevel.Company, 1, Period.Year(2025), 1m)
        {
            Direction = GoalDirection.LowerIsBetter,
            Weight = 0.4m,
            Subject = "ignored",
        };

        Assert.Equal(GoalDirection.LowerIsBetter, goal.Direction);
        Assert.Equal(0.4m, goal.Weight);
    }

    [Fact]
    public void Goal_NegativeWeight_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Goal(GoalKind.Revenue, GoalOwnerLevel.Company, 1, Period.Year(2025), 1m) { Weight = -1m });
}
