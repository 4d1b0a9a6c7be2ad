namespace Salgskraft.Domain.Deals;

/// <summary>The value of the open deals, plain and weighted by the probability of each deal's stage.</summary>
public static class Pipeline
{
    /// <summary>Sum of the values of the open deals; won and lost deals are no longer pipeline.</summary>
    public static decimal Value(IEnumerable<Deal> deals) =>
        deals.Where(d => d.Status == DealStatus.Open).Sum(d => d.Value);

    /// <summary>Sum over open deals of value × the probability of the deal's stage.</summary>
    public static decimal WeightedValue(IEnumerable<Deal> deals, IEnumerable<DealStage> stages)
    {
        var probability = stages.ToDictionary(s => s.Id, s => s.Probability);
        return deals
            .Where(d => d.Status == DealStatus.Open)
            .Sum(d => d.Value * (probability.TryGetValue(d.StageId, out var p)
                ? p
                : throw new ArgumentException($"Deal {d.Id} is in an unknown stage.", nameof(stages))));
    }
}
