using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Domain.Tests.ResultModel;

public sealed class ResultModelRowTests
{
    [Fact]
    public void Result_AllOnPlan_Is100() => Assert.Equal(100m, new ResultModelRow(1, 100m, 100m, 100m).ResultIndex);

    [Fact]
    public void Result_IsProductOver10000() => Assert.Equal(60m, new ResultModelRow(1, 120m, 50m, 100m).Result);

    [Fact]
    public void Result_OneFactorUnknown_IsNull() => Assert.Null(new ResultModelRow(1, 120m, 80m, null).Result);

    [Fact]
    public void Result_ZeroQuantityWithUnknownFactors_IsZero() => Assert.Equal(0m, new ResultModelRow(1, null, 0m, null).Result);

    [Fact]
    public void ResultIndex_RoundsOnlyAtOutput()
    {
        // 100.04 × 100.04 × 100 / 10 000 = 100.0800…, whereas rounded factors would give 100.0.
        var row = new ResultModelRow(1, 100.04m, 100.04m, 100m);

        Assert.Equal(100.0m, row.QualifyIndex);
        Assert.Equal(100.1m, row.ResultIndex);
    }

    [Theory]
    [InlineData(90, 90, 90, ResultFactor.Quality)]
    [InlineData(90, 90, 95, ResultFactor.Qualify)]
    [InlineData(95, 90, 90, ResultFactor.Quality)]
    [InlineData(95, 90, 95, ResultFactor.Quantity)]
    public void WeakestFactor_Ties_QualityThenQualifyThenQuantity(int qualify, int quantity, int quality, ResultFactor expected) =>
        Assert.Equal(expected, new ResultModelRow(1, qualify, quantity, quality).WeakestFactor);

    [Fact]
    public void WeakestFactor_EqualWhenRounded_IsATie() =>
        // 80.04 and 80.01 both show as 80.0, so the tie rule picks quality.
        Assert.Equal(ResultFactor.Quality, new ResultModelRow(1, 120m, 80.01m, 80.04m).WeakestFactor);

    [Fact]
    public void WeakestFactor_UnknownFactor_IsSkipped()
    {
        var row = new ResultModelRow(1, 120m, 110m, null);

        Assert.Equal(ResultFactor.Quantity, row.WeakestFactor);
        Assert.Equal(CoachingFocus.MoreActivity, row.CoachingFocusKey);
    }

    [Fact]
    public void WeakestFactor_NothingKnown_IsNull()
    {
        var row = new ResultModelRow(1, null, null, null);

        Assert.Null(row.WeakestFactor);
        Assert.Null(row.CoachingFocusKey);
    }

    [Fact]
    public void GoalAttainment_NoGoal_IsNull() => Assert.Null(new ResultModelRow(1, 100m, 100m, 100m, 5_000m, 0m).GoalAttainment);

    [Fact]
    public void GoalAttainment_AboveGoal_IsNotCapped() =>
        Assert.Equal(250m, new ResultModelRow(1, 100m, 100m, 100m, 25_000m, 10_000m).GoalAttainment);

    [Theory]
    [InlineData(ResultFactor.Qualify, CoachingFocus.BetterTargeting)]
    [InlineData(ResultFactor.Quantity, CoachingFocus.MoreActivity)]
    [InlineData(ResultFactor.Quality, CoachingFocus.CompetenceAndSkills)]
    public void CoachingFocus_KeyFor_EachFactor(ResultFactor factor, string key) => Assert.Equal(key, CoachingFocus.KeyFor(factor));
}
