namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// One row of the result model — a person, or a team when <see cref="PersonId"/> is null. Holds the exact indices;
/// the <c>…Index</c> properties are the rounded figures to show.
/// </summary>
/// <remarks>
/// Result = qualify × quantity × quality / 10 000 from the exact indices. When a factor is null the result is null,
/// except that a factor of 0 makes the result 0 whatever else is unknown.
/// </remarks>
public sealed record ResultModelRow(
    int? PersonId,
    decimal? Qualify,
    decimal? Quantity,
    decimal? Quality,
    decimal? ActualResult = null,
    decimal? ResultGoal = null)
{
    /// <summary>Tie order for the weakest factor: quality before quantity (seed 001), and targeting before more activity.</summary>
    private static readonly ResultFactor[] TieOrder = [ResultFactor.Quality, ResultFactor.Qualify, ResultFactor.Quantity];

    public static ResultModelRow ForPerson(
        int personId,
        QualifyIndex qualify,
        QuantityIndex quantity,
        QualityIndex quality,
        decimal? actualResult = null,
        decimal? resultGoal = null) =>
        new(personId, qualify.Value, quantity.Value, quality.Value, actualResult, resultGoal);

    /// <summary>The exact result index.</summary>
    public decimal? Result => (Qualify, Quantity, Quality) switch
    {
        (0m, _, _) or (_, 0m, _) or (_, _, 0m) => 0m,
        ({ } a, { } b, { } c) => a * b * c / 10_000m,
        _ => null,
    };

    public decimal? QualifyIndex => IndexScale.Round(Qualify);

    public decimal? QuantityIndex => IndexScale.Round(Quantity);

    public decimal? QualityIndex => IndexScale.Round(Quality);

    public decimal? ResultIndex => IndexScale.Round(Result);

    /// <summary>
    /// The lowest of the known indices as shown (rounded), so that the user sees why it was chosen; on a tie the first
    /// of quality, qualify, quantity. Null when no index is known.
    /// </summary>
    public ResultFactor? WeakestFactor => TieOrder
        .Select(f => (Factor: f, Index: IndexOf(f)))
        .Where(x => x.Index is not null)
        .OrderBy(x => x.Index)
        .Select(x => (ResultFactor?)x.Factor)
        .FirstOrDefault();

    public string? CoachingFocusKey => WeakestFactor is { } f ? CoachingFocus.KeyFor(f) : null;

    /// <summary>100 × actual / goal, rounded, not capped; null without a positive goal or an actual.</summary>
    public decimal? GoalAttainment => ActualResult is { } actual && ResultGoal is > 0m
        ? IndexScale.Round(IndexScale.OnPlan * actual / ResultGoal.Value)
        : null;

    private decimal? IndexOf(ResultFactor factor) => factor switch
    {
        ResultFactor.Qualify => QualifyIndex,
        ResultFactor.Quantity => QuantityIndex,
        _ => QualityIndex,
    };
}
