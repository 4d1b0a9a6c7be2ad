namespace Salgskraft.Domain.Goals;

/// <summary>
/// What a person (or a team) did over a history window: the counts the conversion ratios come from.
/// </summary>
/// <param name="WonDeals">Deals won in the window.</param>
/// <param name="WonValue">The value of those won deals.</param>
/// <param name="Quotes">Quotes given in the window, won, lost or open.</param>
/// <param name="QualifiedMeetings">Qualified customer meetings held in the window.</param>
/// <param name="Calls">Sales calls made in the window.</param>
public sealed record ActivityHistory(int WonDeals, decimal WonValue, int Quotes, int QualifiedMeetings, int Calls);

/// <summary>The steps of the sales funnel a revenue goal is worked back through.</summary>
public enum ActivityMeasure
{
    WonDeals,
    Quotes,
    QualifiedMeetings,
    Calls,
}

/// <summary>Whose ratio a proposal rests on.</summary>
public enum RatioSource
{
    /// <summary>The person's own history.</summary>
    Own,

    /// <summary>The team's history, because the person's own is too short or lacks this step.</summary>
    Team,

    /// <summary>Neither history has this step (e.g. calls are not logged), so no number can be proposed.</summary>
    Missing,
}

/// <summary>
/// One proposed KPI: how many of <paramref name="Measure"/> the period needs in all and per week.
/// </summary>
/// <param name="Measure">The funnel step.</param>
/// <param name="Source">Whose history the ratio comes from.</param>
/// <param name="Ratio">
/// The ratio used: average deal size for won deals, quotes per deal, meetings per quote, calls per meeting;
/// null when <see cref="RatioSource.Missing"/>.
/// </param>
/// <param name="Total">Whole number for the period, rounded up; null when this step or an earlier one is missing.</param>
/// <param name="PerWeek">Total / working weeks, rounded up to two decimals; null when <paramref name="Total"/> is.</param>
public sealed record ActivityProposal(ActivityMeasure Measure, RatioSource Source, decimal? Ratio, decimal? Total, decimal? PerWeek);

/// <summary>
/// Working backwards from a revenue goal to activity (DOMAIN.md §2, issue 6 item 4): the won deals the goal
/// needs at the person's average deal size, the quotes those need at their closing rate, the qualified
/// meetings behind the quotes and the calls behind the meetings. Each step rounds up to a whole number
/// before the next, because half a quote cannot be given. A person with fewer than
/// <see cref="MinimumOwnWonDeals"/> won deals in the window uses the team's ratios throughout, since a few
/// deals say more about luck than about the person; a step missing from the person's own history (no
/// calls logged) also takes the team's ratio. Worked examples: docs/goals.md.
/// </summary>
public static class BackwardPlan
{
    /// <summary>Fewer won deals than this in the history window, and the team's ratios are used.</summary>
    public const int MinimumOwnWonDeals = 5;

    /// <summary>Proposes the activity a revenue goal needs.</summary>
    /// <param name="revenueGoal">The revenue still to win in the period.</param>
    /// <param name="weeks">Working weeks in the period (see <c>WorkingDays.Weeks</c>).</param>
    /// <param name="own">The person's history window.</param>
    /// <param name="team">The team's history over the same window, the fallback.</param>
    /// <returns>Won deals, quotes, qualified meetings and calls, in that order.</returns>
    /// <exception cref="ArgumentException">A negative goal or no weeks.</exception>
    public static IReadOnlyList<ActivityProposal> Propose(decimal revenueGoal, decimal weeks, ActivityHistory own, ActivityHistory team)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(team);
        if (revenueGoal < 0)
        {
            throw new ArgumentException($"A revenue goal cannot be negative; got {revenueGoal}.", nameof(revenueGoal));
        }

        if (weeks <= 0)
        {
            throw new ArgumentException($"The period needs at least some working time; got {weeks} weeks.", nameof(weeks));
        }

        var ownHistoryIsEnough = own.WonDeals >= MinimumOwnWonDeals;
        var proposals = new List<ActivityProposal>(4);
        decimal? previous = revenueGoal;
        foreach (var measure in Enum.GetValues<ActivityMeasure>())
        {
            (RatioSource Source, (decimal A, decimal B)? Step) chosen =
                ownHistoryIsEnough && Step(own, measure) is { } mine ? (RatioSource.Own, mine)
                : Step(team, measure) is { } theirs ? (RatioSource.Team, theirs)
                : (RatioSource.Missing, null);

            // previous × A / B rather than previous × (A / B): the product is exact, so a whole result stays whole.
            decimal? total = previous is { } p && chosen.Step is { } s ? Math.Ceiling(p * s.A / s.B) : null;
            proposals.Add(new(
                measure,
                chosen.Source,
                chosen.Step is { } r ? Ratio(measure, r.A, r.B) : null,
                total,
                total is { } t ? Math.Ceiling(t / weeks * 100m) / 100m : null));
            previous = total;
        }

        return proposals;
    }

    /// <summary>
    /// The step from the previous measure to this one as previous × a / b; null when the history has no
    /// data for it (a zero count on either side).
    /// </summary>
    private static (decimal A, decimal B)? Step(ActivityHistory h, ActivityMeasure measure)
    {
        var (a, b) = measure switch
        {
            ActivityMeasure.WonDeals => (h.WonDeals, h.WonValue),
            ActivityMeasure.Quotes => (h.Quotes, h.WonDeals),
            ActivityMeasure.QualifiedMeetings => (h.QualifiedMeetings, (decimal)h.Quotes),
            _ => (h.Calls, (decimal)h.QualifiedMeetings),
        };
        return a > 0 && b > 0 ? (a, b) : null;
    }

    /// <summary>The ratio as people read it: average deal size for won deals, "so many per" for the others.</summary>
    private static decimal Ratio(ActivityMeasure measure, decimal a, decimal b) =>
        measure == ActivityMeasure.WonDeals ? b / a : a / b;
}
