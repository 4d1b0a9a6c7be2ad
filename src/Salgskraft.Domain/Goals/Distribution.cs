using System.Numerics;
using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>One receiver of a share of a whole and the basis its share is proportional to.</summary>
/// <param name="Key">Identifies the receiver (a person id, a month); unique within one distribution.</param>
/// <param name="Name">Shown to the user, and a tie-break, so equal cases come out the same every time.</param>
/// <param name="Basis">What the share is proportional to (last year's actual, potential, …); zero or more.</param>
public sealed record DistributionShare(string Key, string Name, decimal Basis);

/// <summary>The whole-unit part a receiver gets.</summary>
/// <param name="Key">As in <see cref="DistributionShare.Key"/>.</param>
/// <param name="Name">As in <see cref="DistributionShare.Name"/>.</param>
/// <param name="Basis">The basis the part was computed from.</param>
/// <param name="Target">The part, in whole units.</param>
/// <param name="IsManual">True when the target was fixed by hand rather than computed.</param>
public sealed record DistributionPart(string Key, string Name, decimal Basis, decimal Target, bool IsManual = false);

/// <summary>
/// Splits a whole into whole-currency-unit parts proportional to a basis, so that the parts always add up
/// exactly to the whole (DOMAIN.md §2, "fair distribution"). Largest remainder: every part gets the floor
/// of its exact share, and the units left over go one each to the largest remainders; ties go to the
/// larger basis, then to the earlier name (ordinal), then to the earlier key. The arithmetic is exact
/// (integers scaled from the decimals), so the result never depends on rounding or on input order.
/// </summary>
public static class Distribution
{
    /// <summary>
    /// Splits <paramref name="total"/> (a whole number, zero or more) over <paramref name="shares"/> in
    /// proportion to their bases. When every basis is zero the split is even. Parts come back in input order.
    /// </summary>
    /// <exception cref="ArgumentException">No shares, duplicate keys, a negative basis, or a negative or fractional total.</exception>
    public static IReadOnlyList<DistributionPart> Distribute(decimal total, IReadOnlyList<DistributionShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        RequireWholeNonNegative(total, nameof(total));
        if (shares.Count == 0)
        {
            throw Refusal.Argument("NobodyToDistributeTo", nameof(shares), $"There is nobody to distribute to.");
        }

        RequireUniqueKeys(shares.Select(s => s.Key), nameof(shares));
        foreach (var share in shares)
        {
            if (share.Basis < 0)
            {
                throw Refusal.Argument("NegativeBasis", nameof(shares), $"The basis of '{share.Name}' is negative ({share.Basis}); a share cannot be negative.");
            }
        }

        var weights = Scaled(shares.Select(s => s.Basis).ToArray());
        if (weights.All(w => w.IsZero))
        {
            weights = [.. weights.Select(_ => BigInteger.One)];
        }

        var sum = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
        var whole = new BigInteger(total);
        var floors = new BigInteger[shares.Count];
        var remainders = new BigInteger[shares.Count];
        for (var i = 0; i < shares.Count; i++)
        {
            floors[i] = BigInteger.DivRem(whole * weights[i], sum, out remainders[i]);
        }

        var leftover = (int)(whole - floors.Aggregate(BigInteger.Zero, (a, f) => a + f));
        var winners = Enumerable.Range(0, shares.Count)
            .OrderByDescending(i => remainders[i])
            .ThenByDescending(i => shares[i].Basis)
            .ThenBy(i => shares[i].Name, StringComparer.Ordinal)
            .ThenBy(i => shares[i].Key, StringComparer.Ordinal)
            .Take(leftover)
            .ToHashSet();

        return [.. shares.Select((s, i) => new DistributionPart(s.Key, s.Name, s.Basis, (decimal)(floors[i] + (winners.Contains(i) ? 1 : 0))))];
    }

    /// <summary>
    /// Manual adjustment: the receivers in <paramref name="manualTargets"/> keep the target set by hand, and
    /// what is left of <paramref name="total"/> is distributed over the others by their basis. The parts
    /// still add up exactly to the total.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A manual target for an unknown key, a negative or fractional manual target, manual targets above the
    /// total, or every part fixed by hand with a sum other than the total.
    /// </exception>
    public static IReadOnlyList<DistributionPart> DistributeWithAdjustments(
        decimal total, IReadOnlyList<DistributionShare> shares, IReadOnlyDictionary<string, decimal> manualTargets)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(manualTargets);
        RequireWholeNonNegative(total, nameof(total));
        RequireUniqueKeys(shares.Select(s => s.Key), nameof(shares));
        foreach (var (key, target) in manualTargets)
        {
            if (!shares.Any(s => string.Equals(s.Key, key, StringComparison.Ordinal)))
            {
                throw Refusal.Argument("ManualTargetForNobody", nameof(manualTargets), $"The manual target for '{key}' names nobody in the distribution.");
            }

            RequireWholeNonNegative(target, nameof(manualTargets));
        }

        var manualSum = manualTargets.Values.Sum();
        if (manualSum > total)
        {
            throw Refusal.Argument("ManualTargetsExceedTotal", nameof(manualTargets), $"The targets set by hand ({manualSum}) exceed the total ({total}).");
        }

        var rest = shares.Where(s => !manualTargets.ContainsKey(s.Key)).ToList();
        if (rest.Count == 0)
        {
            return manualSum == total
                ? [.. shares.Select(s => new DistributionPart(s.Key, s.Name, s.Basis, manualTargets[s.Key], IsManual: true))]
                : throw Refusal.Argument("ManualTargetsNotTheTotal", nameof(manualTargets),
                    $"Every target is set by hand and they add up to {manualSum}, not to the total {total}.");
        }

        var computed = Distribute(total - manualSum, rest).ToDictionary(p => p.Key, StringComparer.Ordinal);
        return [.. shares.Select(s => manualTargets.TryGetValue(s.Key, out var manual)
            ? new DistributionPart(s.Key, s.Name, s.Basis, manual, IsManual: true)
            : computed[s.Key])];
    }

    private static void RequireWholeNonNegative(decimal value, string parameter)
    {
        if (value < 0 || value != decimal.Truncate(value))
        {
            throw Refusal.Argument("WholeAmountsOnly", parameter, $"Only whole, non-negative amounts can be distributed; got {value}.");
        }
    }

    private static void RequireUniqueKeys(IEnumerable<string> keys, string parameter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!seen.Add(key))
            {
                throw Refusal.Argument("DuplicateKey", parameter, $"The key '{key}' appears more than once.");
            }
        }
    }

    /// <summary>The bases as integers on one common decimal scale, so proportions can be computed exactly.</summary>
    private static BigInteger[] Scaled(decimal[] values)
    {
        var scale = values.Max(v => (int)v.Scale);
        return [.. values.Select(v =>
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(v, bits);
            var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            return mantissa * BigInteger.Pow(10, scale - v.Scale);
        })];
    }
}
