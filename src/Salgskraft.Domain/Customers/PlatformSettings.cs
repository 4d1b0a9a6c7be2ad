namespace Salgskraft.Domain.Customers;

/// <summary>
/// A company's customer-platform settings. The defaults are those of DOMAIN.md §3; every one can be changed per company,
/// and the CLI overrides them per run for what-if questions.
/// </summary>
public sealed record PlatformSettings
{
    public static PlatformSettings Default { get; } = new();

    /// <summary>
    /// "High revenue" is the smallest set of top customers whose revenue reaches this share of the placed customers'
    /// total (0.8 = the 80 % rule). Between 0 (exclusive) and 1.
    /// </summary>
    public decimal HighRevenueShare
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0m);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1m);
            field = value;
        }
    } = 0.8m;

    /// <summary>A fixed margin threshold (0.2 = 20 %); null takes the placed customers' overall margin in the period.</summary>
    public decimal? MarginThreshold { get; init; }

    /// <summary>The least contribution a low-revenue customer needs to be a question mark rather than phase-out.</summary>
    public decimal ContributionFloor { get; init; } = 50_000m;

    /// <summary>
    /// Take margin and contribution after sales cost (cost to serve) rather than before; the overall margin and the
    /// contribution floor then apply to the figures after sales cost as well.
    /// </summary>
    public bool MarginAfterSalesCost { get; init; }

    public PotentialClassSettings PotentialClasses { get; init; } = PotentialClassSettings.Terciles;

    public DevelopmentStageSettings DevelopmentStages { get; init; } = DevelopmentStageSettings.Default;
}

/// <summary>
/// How a customer's potential is classed low / medium / high. By default by terciles of the potentials themselves, so the
/// classes fit any company's size and currency without set-up; a company that knows its market sets fixed amounts.
/// </summary>
public sealed record PotentialClassSettings
{
    private PotentialClassSettings(decimal? mediumFrom, decimal? highFrom)
    {
        MediumFrom = mediumFrom;
        HighFrom = highFrom;
    }

    /// <summary>The default: cut-offs at the potentials found a third and two thirds of the way down the ranking.</summary>
    public static PotentialClassSettings Terciles { get; } = new(null, null);

    /// <summary>Fixed cut-offs in the company's currency: potential ≥ <paramref name="highFrom"/> is high, ≥ <paramref name="mediumFrom"/> medium.</summary>
    public static PotentialClassSettings FixedAmounts(decimal mediumFrom, decimal highFrom)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mediumFrom);
        ArgumentOutOfRangeException.ThrowIfLessThan(highFrom, mediumFrom);
        return new(mediumFrom, highFrom);
    }

    /// <summary>Null when the cut-offs come from terciles.</summary>
    public decimal? MediumFrom { get; }

    /// <summary>Null when the cut-offs come from terciles.</summary>
    public decimal? HighFrom { get; }

    public bool IsTerciles => MediumFrom is null;
}

/// <summary>
/// When a customer counts as regular or partner, from the number of months with purchases in the last twelve and the
/// share of wallet. The defaults: regular from 4 months (buys at least about once a quarter); partner from 8 months and
/// at least half of its potential bought from us (we are its main supplier, not one of several).
/// </summary>
public sealed record DevelopmentStageSettings
{
    public static DevelopmentStageSettings Default { get; } = new();

    public int RegularFromMonths
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 12);
            field = value;
        }
    } = 4;

    public int PartnerFromMonths
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 12);
            field = value;
        }
    } = 8;

    /// <summary>Least share of wallet (revenue / potential) of a partner; 0.5 = 50 %.</summary>
    public decimal PartnerShareOfWallet
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 0.5m;
}
