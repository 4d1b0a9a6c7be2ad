using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>
/// How a unit goal is shared among its people (DOMAIN.md §2). The wire names are the camel-case names:
/// <c>even</c>, <c>lastYear</c>, <c>trailing12</c>, <c>potential</c>, <c>pipeline</c>, <c>mix</c>.
/// </summary>
public enum DistributionMethod
{
    Even,
    LastYear,
    Trailing12,
    Potential,
    Pipeline,

    /// <summary>A weighted combination of the other methods, each normalised to shares first.</summary>
    Mix,
}

/// <summary>
/// What each person brings to a distribution: their figures for every method, supplied by the caller
/// (the domain does not know where last year's actual or the pipeline come from).
/// </summary>
/// <param name="Key">The person's id as text.</param>
/// <param name="Name">The person's name, shown and used as a tie-break.</param>
/// <param name="LastYear">Last year's actual of the goal's metric.</param>
/// <param name="Trailing12">The actual over the last twelve whole months.</param>
/// <param name="Potential">The summed potential of the person's customers.</param>
/// <param name="Pipeline">The value of the person's open pipeline.</param>
public sealed record DistributionCandidate(
    string Key, string Name, decimal LastYear = 0, decimal Trailing12 = 0, decimal Potential = 0, decimal Pipeline = 0);

/// <summary>Turns a <see cref="DistributionMethod"/> and the candidates' figures into a distribution.</summary>
public static class DistributionMethods
{
    /// <summary>The name used in the API and in files.</summary>
    public static string WireName(this DistributionMethod method) => method switch
    {
        DistributionMethod.Even => "even",
        DistributionMethod.LastYear => "lastYear",
        DistributionMethod.Trailing12 => "trailing12",
        DistributionMethod.Potential => "potential",
        DistributionMethod.Pipeline => "pipeline",
        DistributionMethod.Mix => "mix",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Reads a wire name exactly as <see cref="WireName"/> writes it (case-sensitive).</summary>
    public static bool TryParse(string? name, out DistributionMethod method)
    {
        foreach (var candidate in Enum.GetValues<DistributionMethod>())
        {
            if (string.Equals(candidate.WireName(), name, StringComparison.Ordinal))
            {
                method = candidate;
                return true;
            }
        }

        method = default;
        return false;
    }

    /// <summary>
    /// Distributes <paramref name="total"/> by one method. For <see cref="DistributionMethod.Mix"/>,
    /// <paramref name="mixWeights"/> gives the weight of each other method; the weights need not add to 1.
    /// </summary>
    /// <exception cref="ArgumentException">Mix without usable weights, or any input <see cref="Distribution.Distribute"/> refuses.</exception>
    public static IReadOnlyList<DistributionPart> Distribute(
        decimal total,
        DistributionMethod method,
        IReadOnlyList<DistributionCandidate> candidates,
        IReadOnlyDictionary<DistributionMethod, decimal>? mixWeights = null,
        IReadOnlyDictionary<string, decimal>? manualTargets = null)
    {
        var shares = Bases(method, candidates, mixWeights);
        return manualTargets is null or { Count: 0 }
            ? Distribution.Distribute(total, shares)
            : Distribution.DistributeWithAdjustments(total, shares, manualTargets);
    }

    /// <summary>
    /// The basis of each candidate under a method. For a mix, each component method's bases are first
    /// normalised to shares of 1 (so a method measured in millions does not drown one measured in counts),
    /// then combined by weight. A component whose bases are all zero counts as an even split.
    /// </summary>
    public static IReadOnlyList<DistributionShare> Bases(
        DistributionMethod method,
        IReadOnlyList<DistributionCandidate> candidates,
        IReadOnlyDictionary<DistributionMethod, decimal>? mixWeights = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (method != DistributionMethod.Mix)
        {
            return [.. candidates.Select(c => new DistributionShare(c.Key, c.Name, Basis(method, c)))];
        }

        var weights = CheckMixWeights(mixWeights);
        var totalWeight = weights.Values.Sum();
        var components = weights.Select(w => (Weight: w.Value / totalWeight, Shares: Normalised(w.Key, candidates))).ToList();
        return [.. candidates.Select((c, i) => new DistributionShare(c.Key, c.Name, components.Sum(m => m.Weight * m.Shares[i])))];
    }

    private static decimal Basis(DistributionMethod method, DistributionCandidate c) => method switch
    {
        DistributionMethod.Even => 1m,
        DistributionMethod.LastYear => c.LastYear,
        DistributionMethod.Trailing12 => c.Trailing12,
        DistributionMethod.Potential => c.Potential,
        DistributionMethod.Pipeline => c.Pipeline,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "A mix cannot be a component of a mix."),
    };

    private static decimal[] Normalised(DistributionMethod method, IReadOnlyList<DistributionCandidate> candidates)
    {
        var bases = candidates.Select(c => Basis(method, c)).ToArray();
        if (bases.Any(b => b < 0))
        {
            throw method switch
            {
                DistributionMethod.LastYear => Refusal.Argument("NegativeLastYearBasis", nameof(candidates), $"A lastYear basis is negative; a share cannot be negative."),
                DistributionMethod.Trailing12 => Refusal.Argument("NegativeTrailing12Basis", nameof(candidates), $"A trailing12 basis is negative; a share cannot be negative."),
                DistributionMethod.Potential => Refusal.Argument("NegativePotentialBasis", nameof(candidates), $"A potential basis is negative; a share cannot be negative."),
                DistributionMethod.Pipeline => Refusal.Argument("NegativePipelineBasis", nameof(candidates), $"A pipeline basis is negative; a share cannot be negative."),
                _ => new ArgumentException($"A {method.WireName()} basis is negative; a share cannot be negative.", nameof(candidates)),
            };
        }

        var sum = bases.Sum();
        return sum == 0
            ? [.. bases.Select(_ => 1m / bases.Length)]
            : [.. bases.Select(b => b / sum)];
    }

    private static SortedDictionary<DistributionMethod, decimal> CheckMixWeights(IReadOnlyDictionary<DistributionMethod, decimal>? mixWeights)
    {
        if (mixWeights is null || mixWeights.Count == 0)
        {
            throw Refusal.Argument("MixNeedsWeights", nameof(mixWeights), $"A mix needs the weight of each method it combines.");
        }

        if (mixWeights.ContainsKey(DistributionMethod.Mix))
        {
            throw Refusal.Argument("MixInMix", nameof(mixWeights), $"A mix cannot be a component of a mix.");
        }

        if (mixWeights.Values.Any(w => w < 0))
        {
            throw Refusal.Argument("NegativeMixWeight", nameof(mixWeights), $"Mix weights cannot be negative.");
        }

        if (mixWeights.Values.Sum() == 0)
        {
            throw Refusal.Argument("MixWeightsAllZero", nameof(mixWeights), $"At least one mix weight must be above zero.");
        }

        // Sorted so the sum per candidate is taken in the same order whatever order the weights came in.
        return new(mixWeights.Where(w => w.Value > 0).ToDictionary());
    }
}
