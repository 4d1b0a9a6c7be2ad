using Salgskraft.Domain.Deals;

namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// Quality (kvalitet, gjennomslagskraft): the salesperson's impact, observed as closing rate and conversion against
/// their goals, and — once competence assessment exists — as assessed by the manager.
/// </summary>
/// <remarks>
/// closing part C = 100 × closing rate / closing-rate goal; conversion part V = 100 × (meeting → quote) / its goal;
/// each clamped to 0..200 and null without a rate or a goal. Observed O = mean of the parts that exist.
/// <see cref="CompetenceIndex"/> is null until competence assessment is built; then quality = ½O + ½K, or whichever
/// exists. Null when nothing exists.
/// </remarks>
public sealed record QualityIndex(
    DealFunnel Funnel,
    decimal? ClosingRateGoal,
    decimal? MeetingToQuoteGoal,
    decimal? CompetenceIndex = null)
{
    /// <summary>Weight of the competence assessment when it and the observed part both exist.</summary>
    public const decimal CompetenceWeight = 0.5m;

    public decimal? ClosingPart => Part(Funnel.ClosingRate, ClosingRateGoal);

    public decimal? ConversionPart => Part(Funnel.MeetingToQuote, MeetingToQuoteGoal);

    public decimal? ObservedPart => (ClosingPart, ConversionPart) switch
    {
        ({ } c, { } v) => (c + v) / 2,
        (var c, var v) => c ?? v,
    };

    /// <summary>The exact index; round with <see cref="IndexScale.Round"/> for output.</summary>
    public decimal? Value => (ObservedPart, CompetenceIndex) switch
    {
        ({ } o, { } k) => IndexScale.Clamp(((1 - CompetenceWeight) * o) + (CompetenceWeight * k)),
        ({ } o, null) => o,
        (null, { } k) => IndexScale.Clamp(k),
        _ => null,
    };

    private static decimal? Part(decimal? rate, decimal? goal) =>
        rate is { } r && goal is { } g && g > 0 ? IndexScale.FromRatio(r, g) : null;
}
