using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Domain.Tests.ResultModel;

/// <summary>The worked examples of docs/result-model.md, figure for figure.</summary>
public sealed class WorkedExampleTests
{
    // The shared plan for March: planned share 70 %; 40 meetings (weight 2), 80 calls, 8 quotes; 9 000 working
    // minutes; closing rate goal 75 %; meeting → quote goal 50 %.
    private const decimal PlannedShare = 0.70m;
    private const int WorkingMinutes = 9_000;
    private static readonly ActivityGoal Meetings = new(ActivityTypeId: 1, Target: 40, Weight: 2);
    private static readonly ActivityGoal Calls = new(ActivityTypeId: 2, Target: 80);
    private static readonly ActivityGoal Quotes = new(ActivityTypeId: 5, Target: 8);

    private static QuantityIndex Quantity(int meetings, int calls, int quotes, int customerMinutes) =>
        new([new(Meetings, meetings), new(Calls, calls), new(Quotes, quotes)], (decimal)customerMinutes / WorkingMinutes);

    private static QualityIndex Quality(int meetingsClosed, int quotesClosed, int quotesWon) =>
        new(new DealFunnel(meetingsClosed, quotesClosed, quotesWon, MeetingsWon: quotesWon), ClosingRateGoal: 0.75m, MeetingToQuoteGoal: 0.50m);

    private static readonly ResultModelRow Anna = ResultModelRow.ForPerson(
        1,
        new QualifyIndex(50, 38, 2_000_000m, 1_500_000m, PlannedShare),
        Quantity(meetings: 24, calls: 40, quotes: 6, customerMinutes: 2_700),
        Quality(meetingsClosed: 10, quotesClosed: 8, quotesWon: 6),
        actualResult: 9_100_000m,
        resultGoal: 10_000_000m);

    private static readonly ResultModelRow Bjorn = ResultModelRow.ForPerson(
        2,
        new QualifyIndex(60, 45, 3_000_000m, 2_100_000m, PlannedShare),
        Quantity(meetings: 42, calls: 96, quotes: 8, customerMinutes: 4_500),
        Quality(meetingsClosed: 25, quotesClosed: 10, quotesWon: 4),
        actualResult: 5_800_000m,
        resultGoal: 8_000_000m);

    private static readonly ResultModelRow Cecilie = ResultModelRow.ForPerson(
        3,
        new QualifyIndex(55, 22, 2_500_000m, 1_000_000m, PlannedShare),
        Quantity(meetings: 44, calls: 130, quotes: 9, customerMinutes: 5_400),
        Quality(meetingsClosed: 14, quotesClosed: 8, quotesWon: 6),
        actualResult: 4_200_000m,
        resultGoal: 6_000_000m);

    [Fact]
    public void Anna_WeakOnQuantity_GivesTheDocumentedFigures()
    {
        var quantity = Quantity(meetings: 24, calls: 40, quotes: 6, customerMinutes: 2_700);
        Assert.Equal(61.25m, quantity.ActivityPart);
        Assert.Equal(75m, quantity.TimePart);

        Assert.Equal(107.9m, Anna.QualifyIndex);
        Assert.Equal(64.7m, Anna.QuantityIndex);
        Assert.Equal(130.0m, Anna.QualityIndex);
        Assert.Equal(90.7m, Anna.ResultIndex);
        Assert.Equal(91.0m, Anna.GoalAttainment);
        Assert.Equal(ResultFactor.Quantity, Anna.WeakestFactor);
        Assert.Equal(CoachingFocus.MoreActivity, Anna.CoachingFocusKey);
    }

    [Fact]
    public void Bjorn_WeakOnQuality_GivesTheDocumentedFigures()
    {
        var quality = Quality(meetingsClosed: 25, quotesClosed: 10, quotesWon: 4);
        Assert.Equal(53.3m, IndexScale.Round(quality.ClosingPart));
        Assert.Equal(80m, quality.ConversionPart);

        Assert.Equal(103.6m, Bjorn.QualifyIndex);
        Assert.Equal(105.6m, Bjorn.QuantityIndex);
        Assert.Equal(66.7m, Bjorn.QualityIndex);
        Assert.Equal(72.9m, Bjorn.ResultIndex);
        Assert.Equal(72.5m, Bjorn.GoalAttainment);
        Assert.Equal(ResultFactor.Quality, Bjorn.WeakestFactor);
        Assert.Equal(CoachingFocus.CompetenceAndSkills, Bjorn.CoachingFocusKey);
    }

    [Fact]
    public void Cecilie_WeakOnQualify_GivesTheDocumentedFigures()
    {
        var quantity = Quantity(meetings: 44, calls: 130, quotes: 9, customerMinutes: 5_400);
        Assert.Equal(120.625m, quantity.ActivityPart);

        Assert.Equal(57.1m, Cecilie.QualifyIndex);
        Assert.Equal(115.5m, Cecilie.QuantityIndex);
        Assert.Equal(107.1m, Cecilie.QualityIndex);
        Assert.Equal(70.7m, Cecilie.ResultIndex);
        Assert.Equal(70.0m, Cecilie.GoalAttainment);
        Assert.Equal(ResultFactor.Qualify, Cecilie.WeakestFactor);
        Assert.Equal(CoachingFocus.BetterTargeting, Cecilie.CoachingFocusKey);
    }

    [Fact]
    public void Team_OfTheThree_GivesTheDocumentedFigures()
    {
        var team = TeamResultModel.Aggregate([Anna, Bjorn, Cecilie]);

        Assert.Equal(93.8m, team.QualifyIndex);
        Assert.Equal(91.0m, team.QuantityIndex);
        Assert.Equal(103.2m, team.QualityIndex);
        Assert.Equal(88.0m, team.ResultIndex);
        Assert.Equal(ResultFactor.Quantity, team.WeakestFactor);
        Assert.Equal(19_100_000m, team.ActualResult);
        Assert.Equal(24_000_000m, team.ResultGoal);
        Assert.Equal(79.6m, team.GoalAttainment);
    }
}
