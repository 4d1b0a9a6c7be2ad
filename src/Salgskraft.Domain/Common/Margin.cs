namespace Salgskraft.Domain.Common;

/// <summary>Contribution (dekningsbidrag) and margin (dekningsgrad) from revenue and cost.</summary>
public readonly record struct Margin(decimal Revenue, decimal Cost)
{
    public decimal Contribution => Revenue - Cost;

    /// <summary>Contribution / revenue; null when there is no revenue to divide by.</summary>
    public decimal? Ratio => Revenue == 0 ? null : Contribution / Revenue;

    public static Margin operator +(Margin a, Margin b) => new(a.Revenue + b.Revenue, a.Cost + b.Cost);
}
