namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// The common scale of the result model's indices: 100 = on plan, never below 0 or above <see cref="Cap"/>, so one
/// outstanding figure cannot hide two weak ones in the product. Indices are computed exactly in decimal and rounded
/// only for output.
/// </summary>
public static class IndexScale
{
    public const decimal OnPlan = 100m;
    public const decimal Cap = 200m;

    /// <summary>100 × actual / planned, clamped to 0..<see cref="Cap"/>; planned must be positive.</summary>
    public static decimal FromRatio(decimal actual, decimal planned)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(planned);
        return Clamp(OnPlan * actual / planned);
    }

    public static decimal Clamp(decimal index) => Math.Clamp(index, 0m, Cap);

    /// <summary>One decimal, halves away from zero (107.85 → 107.9), as shown to users.</summary>
    public static decimal? Round(decimal? index) =>
        index is { } value ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : null;
}
