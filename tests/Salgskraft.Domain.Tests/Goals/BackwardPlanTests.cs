using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class BackwardPlanTests
{
    private static readonly ActivityHistory Team = new(WonDeals: 100, WonValue: 50_000_000m, Quotes: 250, QualifiedMeetings: 500, Calls: 2_000);

    [Fact]
    public void Propose_OwnHistory_WorkedExample()
    {
        // docs/goals.md: 20 deals won for 8 000 000 (400 000 each), 40 quotes, 80 meetings, 400 calls.
        var own = new ActivityHistory(WonDeals: 20, WonValue: 8_000_000m, Quotes: 40, QualifiedMeetings: 80, Calls: 400);

        var plan = BackwardPlan.Propose(10_000_000m, 50m, own, Team);

        Assert.Equal(
        [
            new ActivityProposal(ActivityMeasure.WonDeals, RatioSource.Own, 400_000m, 25m, 0.5m),
            new ActivityProposal(ActivityMeasure.Quotes, RatioSource.Own, 2m, 50m, 1m),
            new ActivityProposal(ActivityMeasure.QualifiedMeetings, RatioSource.Own, 2m, 100m, 2m),
            new ActivityProposal(ActivityMeasure.Calls, RatioSource.Own, 5m, 500m, 10m),
        ], plan);
    }

    [Fact]
    public void Propose_TooFewOwnWonDeals_UsesTeamRatios()
    {
        // docs/goals.md: a new salesperson with 3 won deals; the team wins 500 000 a deal, 2.5 quotes a deal,
        // 2 meetings a quote, 4 calls a meeting.
        var own = new ActivityHistory(WonDeals: 3, WonValue: 3_000_000m, Quotes: 3, QualifiedMeetings: 3, Calls: 3);

        var plan = BackwardPlan.Propose(6_000_000m, 40m, own, Team);

        Assert.Equal(
        [
            new ActivityProposal(ActivityMeasure.WonDeals, RatioSource.Team, 500_000m, 12m, 0.3m),
            new ActivityProposal(ActivityMeasure.Quotes, RatioSource.Team, 2.5m, 30m, 0.75m),
            new ActivityProposal(ActivityMeasure.QualifiedMeetings, RatioSource.Team, 2m, 60m, 1.5m),
            new ActivityProposal(ActivityMeasure.Calls, RatioSource.Team, 4m, 240m, 6m),
        ], plan);
    }

    [Fact]
    public void Propose_ExactlyTheMinimumOfWonDeals_UsesOwnRatios()
    {
        var own = new ActivityHistory(WonDeals: BackwardPlan.MinimumOwnWonDeals, WonValue: 1_000_000m, Quotes: 10, QualifiedMeetings: 10, Calls: 10);

        var plan = BackwardPlan.Propose(1_000_000m, 10m, own, Team);

        Assert.All(plan, p => Assert.Equal(RatioSource.Own, p.Source));
    }

    [Fact]
    public void Propose_OwnCallsNotLogged_TakesTeamRatioForCallsOnly()
    {
        var own = new ActivityHistory(WonDeals: 20, WonValue: 8_000_000m, Quotes: 40, QualifiedMeetings: 80, Calls: 0);

        var plan = BackwardPlan.Propose(10_000_000m, 50m, own, Team);

        Assert.Equal([RatioSource.Own, RatioSource.Own, RatioSource.Own, RatioSource.Team], plan.Select(p => p.Source));
        Assert.Equal(400m, plan[3].Total);
    }

    [Fact]
    public void Propose_NobodyLogsCalls_LeavesCallsMissing()
    {
        var own = new ActivityHistory(WonDeals: 20, WonValue: 8_000_000m, Quotes: 40, QualifiedMeetings: 80, Calls: 0);
        var team = Team with { Calls = 0 };

        var plan = BackwardPlan.Propose(10_000_000m, 50m, own, team);

        Assert.Equal(new ActivityProposal(ActivityMeasure.Calls, RatioSource.Missing, null, null, null), plan[3]);
    }

    [Fact]
    public void Propose_MissingEarlierStep_LeavesLaterTotalsOpen()
    {
        var own = new ActivityHistory(WonDeals: 20, WonValue: 8_000_000m, Quotes: 0, QualifiedMeetings: 80, Calls: 400);
        var team = Team with { Quotes = 0 };

        var plan = BackwardPlan.Propose(10_000_000m, 50m, own, team);

        Assert.Equal(RatioSource.Missing, plan[1].Source);
        Assert.Null(plan[2].Total);
        Assert.Null(plan[3].PerWeek);
    }

    [Fact]
    public void Propose_UnevenGoal_RoundsEachStepUp()
    {
        var own = new ActivityHistory(WonDeals: 20, WonValue: 8_000_000m, Quotes: 40, QualifiedMeetings: 80, Calls: 400);

        var plan = BackwardPlan.Propose(10_000_001m, 52m, own, Team);

        Assert.Equal([26m, 52m, 104m, 520m], plan.Select(p => p.Total));
        Assert.Equal([0.5m, 1m, 2m, 10m], plan.Select(p => p.PerWeek));
    }

    [Fact]
    public void Propose_PerWeek_RoundsUpToTwoDecimals()
    {
        var own = new ActivityHistory(WonDeals: 20, WonValue: 8_000_000m, Quotes: 40, QualifiedMeetings: 80, Calls: 400);

        var plan = BackwardPlan.Propose(10_000_000m, 52m, own, Team);

        // 25 deals over 52 weeks = 0.4807…
        Assert.Equal(0.49m, plan[0].PerWeek);
    }

    [Fact]
    public void Propose_RepeatingFractionRatios_StayExact()
    {
        // 6 meetings per 9 quotes is 2/3; as a rounded decimal it would make 9 × 0.666…7 a hair above 6, and 7.
        var own = new ActivityHistory(WonDeals: 6, WonValue: 6_000_000m, Quotes: 9, QualifiedMeetings: 6, Calls: 6);

        var plan = BackwardPlan.Propose(6_000_000m, 10m, own, Team);

        Assert.Equal([6m, 9m, 6m, 6m], plan.Select(p => p.Total));
    }

    [Fact]
    public void Propose_NegativeGoal_Throws() =>
        Assert.Throws<ArgumentException>(() => BackwardPlan.Propose(-1m, 10m, Team, Team));

    [Fact]
    public void Propose_NoWeeks_Throws() =>
        Assert.Throws<ArgumentException>(() => BackwardPlan.Propose(1m, 0m, Team, Team));
}
