using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Deals;

/// <summary>
/// The conversion funnel meeting → quote → won over the deals closed (won or lost) in a period. Only closed deals
/// count, so that deals still in progress neither help nor hurt a rate; deals that stall are caught by
/// <see cref="StuckDeals"/> instead. Every rate is null, not 0, when its denominator is 0: no evidence is not failure.
/// </summary>
/// <remarks>
/// Counts: <see cref="MeetingsClosed"/> = closed deals that reached a meeting stage; <see cref="QuotesClosed"/> =
/// closed deals that reached a quote stage; <see cref="QuotesWon"/> and <see cref="MeetingsWon"/> = the won ones
/// among them.
/// </remarks>
public sealed record DealFunnel(int MeetingsClosed, int QuotesClosed, int QuotesWon, int MeetingsWon)
{
    /// <summary>Share of closed deals that got from a meeting to a quote.</summary>
    public decimal? MeetingToQuote => Rate(QuotesClosed, MeetingsClosed);

    /// <summary>Closing rate on quotes: won / (won + lost) among closed deals that reached a quote stage.</summary>
    public decimal? ClosingRate => Rate(QuotesWon, QuotesClosed);

    public decimal? MeetingToWon => Rate(MeetingsWon, MeetingsClosed);

    /// <summary>
    /// Builds the funnel from the deals closed within the period (by <see cref="Deal.ClosedOn"/>). A deal has reached
    /// a milestone when the highest stage it has been in — its current stage or any stage in its history — is at or
    /// after the first stage marked <see cref="DealStage.IsMeeting"/> or <see cref="DealStage.IsQuote"/>. Taking the
    /// highest stage keeps the funnel monotone: a deal that skipped the meeting stage still counts as a meeting, and
    /// a deal moved back from negotiation still counts as a quote.
    /// </summary>
    public static DealFunnel Compute(IEnumerable<Deal> deals, IEnumerable<DealStage> stages, IEnumerable<DealStageChange> changes, Period period)
    {
        var stageList = stages.ToList();
        var order = stageList.ToDictionary(s => s.Id, s => s.Order);
        var meetingOrder = stageList.Where(s => s.IsMeeting).Select(s => (int?)s.Order).Min();
        var quoteOrder = stageList.Where(s => s.IsQuote).Select(s => (int?)s.Order).Min();
        var history = changes.ToLookup(c => c.DealId);

        int OrderOf(int stageId) => order.TryGetValue(stageId, out var o)
            ? o
            : throw new ArgumentException($"Stage {stageId} is not among the company's stages.", nameof(stages));

        int meetings = 0, quotes = 0, quotesWon = 0, meetingsWon = 0;
        foreach (var deal in deals)
        {
            if (deal.Status == DealStatus.Open || deal.ClosedOn is not { } closedOn || !period.Contains(closedOn))
            {
                continue;
            }

            var highest = history[deal.Id]
                .SelectMany(c => c.FromStageId is { } from ? new[] { from, c.ToStageId } : [c.ToStageId])
                .Select(OrderOf)
                .Append(OrderOf(deal.StageId))
                .Max();
            var won = deal.Status == DealStatus.Won;
            if (highest >= meetingOrder)
            {
                meetings++;
                meetingsWon += won ? 1 : 0;
            }

            if (highest >= quoteOrder)
            {
                quotes++;
                quotesWon += won ? 1 : 0;
            }
        }

        return new DealFunnel(meetings, quotes, quotesWon, meetingsWon);
    }

    private static decimal? Rate(int part, int whole) => whole > 0 ? (decimal)part / whole : null;
}
