namespace Salgskraft.Domain.Customers;

/// <summary>
/// A company's stored customer-platform settings, one row per company; a company without a row has the defaults of
/// DOMAIN.md §3 (<see cref="PlatformSettings.Default"/>). Set by the director or an administrator.
/// </summary>
public sealed class CompanyPlatformSettings
{
    public int CompanyId { get; set; }

    /// <summary>See <see cref="PlatformSettings.HighRevenueShare"/>.</summary>
    public decimal HighRevenueShare { get; set; } = PlatformSettings.Default.HighRevenueShare;

    /// <summary>A fixed margin threshold; null takes the overall margin.</summary>
    public decimal? MarginThreshold { get; set; }

    public decimal ContributionFloor { get; set; } = PlatformSettings.Default.ContributionFloor;

    public bool MarginAfterSalesCost { get; set; }

    /// <summary>Fixed potential from which a customer is medium; null (with <see cref="PotentialHighFrom"/>) = terciles.</summary>
    public decimal? PotentialMediumFrom { get; set; }

    /// <summary>Fixed potential from which a customer is high; null (with <see cref="PotentialMediumFrom"/>) = terciles.</summary>
    public decimal? PotentialHighFrom { get; set; }

    /// <summary>See <see cref="DevelopmentStageSettings.RegularFromMonths"/>.</summary>
    public int RegularFromMonths { get; set; } = DevelopmentStageSettings.Default.RegularFromMonths;

    /// <summary>See <see cref="DevelopmentStageSettings.PartnerFromMonths"/>.</summary>
    public int PartnerFromMonths { get; set; } = DevelopmentStageSettings.Default.PartnerFromMonths;

    /// <summary>See <see cref="DevelopmentStageSettings.PartnerShareOfWallet"/>.</summary>
    public decimal PartnerShareOfWallet { get; set; } = DevelopmentStageSettings.Default.PartnerShareOfWallet;

    /// <summary>The settings the classifier uses.</summary>
    public PlatformSettings ToSettings() => PlatformSettings.Default with
    {
        HighRevenueShare = HighRevenueShare,
        MarginThreshold = MarginThreshold,
        ContributionFloor = ContributionFloor,
        MarginAfterSalesCost = MarginAfterSalesCost,
        PotentialClasses = PotentialMediumFrom is { } medium && PotentialHighFrom is { } high
            ? PotentialClassSettings.FixedAmounts(medium, high)
            : PotentialClassSettings.Terciles,
        DevelopmentStages = new DevelopmentStageSettings
        {
            RegularFromMonths = RegularFromMonths,
            PartnerFromMonths = PartnerFromMonths,
            PartnerShareOfWallet = PartnerShareOfWallet,
        },
    };
}

/// <summary>
/// The director's target platform for one group (seed 003's platform goals): the share of revenue the group should
/// bring and the margin it should have. Either may be unset.
/// </summary>
public sealed class PlatformTarget
{
    public int CompanyId { get; set; }

    public PlatformGroup Group { get; set; }

    /// <summary>Goal share of the company's revenue, 0.6 = 60 %.</summary>
    public decimal? RevenueShare { get; set; }

    /// <summary>Goal margin (dekningsgrad), 0.25 = 25 %.</summary>
    public decimal? Margin { get; set; }
}
