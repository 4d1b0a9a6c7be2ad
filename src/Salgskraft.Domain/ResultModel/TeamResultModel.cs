namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// A team's or unit's row from its members' rows. Each index is the members' mean weighted by their result goal, so
/// the team figures explain the team's result against its goal: the people who carry most of the goal count most.
/// </summary>
/// <remarks>
/// Weight = the member's result goal when at least one member has a positive goal (members without one then weigh
/// 0); equal weights when nobody has a goal. A member with a null index is left out of that index's mean. The team
/// result index is the product of the team's indices (not a mean of results), with the weakest factor taken from them.
/// Actual result and goal are the sums of the members' known figures.
/// </remarks>
public static class TeamResultModel
{
    public static ResultModelRow Aggregate(IEnumerable<ResultModelRow> members)
    {
        var list = members.ToList();
        var byGoal = list.Any(m => m.ResultGoal > 0);
        decimal Weight(ResultModelRow m) => byGoal ? Math.Max(m.ResultGoal ?? 0m, 0m) : 1m;

        decimal? Mean(Func<ResultModelRow, decimal?> index)
        {
            var known = list.Where(m => index(m) is not null && Weight(m) > 0).ToList();
            return known.Count == 0 ? null : known.Sum(m => Weight(m) * index(m)!.Value) / known.Sum(Weight);
        }

        decimal? Sum(Func<ResultModelRow, decimal?> figure) =>
            list.Any(m => figure(m) is not null) ? list.Sum(m => figure(m) ?? 0m) : null;

        return new ResultModelRow(
            PersonId: null,
            Mean(m => m.Qualify),
            Mean(m => m.Quantity),
            Mean(m => m.Quality),
            Sum(m => m.ActualResult),
            Sum(m => m.ResultGoal));
    }
}
