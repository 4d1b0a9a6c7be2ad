using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using static Salgskraft.Domain.Tests.Deals.DealTestData;

namespace Salgskraft.Domain.Tests.Deals;

public sealed class DealFunnelTests
{
    private static readonly Period March = Period.Month(2025, 3);

    [Fact]
    public void Compute_ClosedInPeriod_CountsQuotesWonAndLost()
    {
        Deal[] deals =
        [
            Deal(Quote, status: DealStatus.Won, closedOn: new DateOnly(2025, 3, 1)),
            Deal(Negotiation, status: DealStatus.Won, closedOn: new DateOnly(2025, 3, 31)),
            Deal(Quote, status: DealStatus.Lost, closedOn: new DateOnly(2025, 3, 15)),
            Deal(Meeting, status: DealStatus.Lost, closedOn: new DateOnly(2025, 3, 15)),
            Deal(Quote, status: DealStatus.Won, closedOn: new DateOnly(2025, 2, 28)),
            Deal(Quote, status: DealStatus.Lost, closedOn: new DateOnly(2025, 4, 1)),
            Deal(Quote),
        ];

        var funnel = DealFunnel.Compute(deals, Stages(), [], March);

        Assert.Equal(new DealFunnel(MeetingsClosed: 4, QuotesClosed: 3, QuotesWon: 2, MeetingsWon: 2), funnel);
        Assert.Equal(2m / 3m, funnel.ClosingRate);
        Assert.Equal(0.75m, funnel.MeetingToQuote);
        Assert.Equal(0.5m, funnel.MeetingToWon);
    }

    [Fact]
    public void Compute_NoClosedQuotes_ClosingRateIsNullNotZero()
    {
        var funnel = DealFunnel.Compute([Deal(Quote), Deal(Lead, status: DealStatus.Lost, closedOn: new DateOnly(2025, 3, 2))], Stages(), [], March);

        Assert.Null(funnel.ClosingRate);
        Assert.Null(funnel.MeetingToQuote);
    }

    [Fact]
    public void Compute_DealMovedBackFromNegotiation_StillCountsAsQuote()
    {
        var deal = Deal(Meeting, status: DealStatus.Lost, closedOn: new DateOnly(2025, 3, 10), id: 1);
        DealStageChange[] history =
        [
            new() { DealId = 1, FromStageId = Meeting, ToStageId = Negotiation, ChangedOn = new DateOnly(2025, 2, 1) },
            new() { DealId = 1, FromStageId = Negotiation, ToStageId = Meeting, ChangedOn = new DateOnly(2025, 3, 1) },
        ];

        var funnel = DealFunnel.Compute([deal], Stages(), history, March);

        Assert.Equal(1, funnel.QuotesClosed);
        Assert.Equal(0m, funnel.ClosingRate);
    }

    [Fact]
    public void Compute_QuoteWithoutMeetingStage_CountsAsMeetingToo()
    {
        var funnel = DealFunnel.Compute([Deal(Quote, status: DealStatus.Won, closedOn: new DateOnly(2025, 3, 3))], Stages(), [], March);

        Assert.Equal(1m, funnel.MeetingToQuote);
    }

    [Fact]
    public void Compute_CompanyWithoutQuoteStage_HasNoClosingRate()
    {
        var stages = Stages();
        foreach (var stage in stages)
        {
            stage.IsQuote = false;
        }

        var funnel = DealFunnel.Compute([Deal(Negotiation, status: DealStatus.Won, closedOn: new DateOnly(2025, 3, 3))], stages, [], March);

        Assert.Null(funnel.ClosingRate);
        Assert.Equal(1, funnel.MeetingsWon);
    }
}
