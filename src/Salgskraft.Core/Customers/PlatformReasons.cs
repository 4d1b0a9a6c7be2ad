using Salgskraft.Core.Common;

namespace Salgskraft.Core.Customers;

/// <summary>
/// Why a company's customer-platform settings, a what-if override or a platform period are refused, in English,
/// Norwegian and Danish (<c>PlatformReasons.resx</c>, <c>.nb</c>, <c>.da</c>). One method per text.
/// </summary>
internal static class PlatformReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Customers.PlatformReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static Reason HighRevenueShareOutOfRange() => Texts.Of(nameof(HighRevenueShareOutOfRange));

    public static Reason MarginThresholdOutOfRange() => Texts.Of(nameof(MarginThresholdOutOfRange));

    public static Reason NegativeContributionFloor() => Texts.Of(nameof(NegativeContributionFloor));

    public static Reason PotentialCutOffsBothOrNeither() => Texts.Of(nameof(PotentialCutOffsBothOrNeither));

    public static Reason NegativePotentialMedium() => Texts.Of(nameof(NegativePotentialMedium));

    public static Reason PotentialHighBelowMedium() => Texts.Of(nameof(PotentialHighBelowMedium));

    public static Reason RegularMonthsOutOfRange() => Texts.Of(nameof(RegularMonthsOutOfRange));

    public static Reason PartnerMonthsOutOfRange() => Texts.Of(nameof(PartnerMonthsOutOfRange));

    public static Reason PartnerShareOfWalletOutOfRange() => Texts.Of(nameof(PartnerShareOfWalletOutOfRange));

    public static Reason OneTargetPerGroup() => Texts.Of(nameof(OneTargetPerGroup));

    public static Reason TargetRevenueShareOutOfRange() => Texts.Of(nameof(TargetRevenueShareOutOfRange));

    public static Reason TargetMarginOutOfRange() => Texts.Of(nameof(TargetMarginOutOfRange));

    public static Reason TargetSharesAboveWhole() => Texts.Of(nameof(TargetSharesAboveWhole));

    public static Reason OverrideRevenueShareOutOfRange() => Texts.Of(nameof(OverrideRevenueShareOutOfRange));

    public static Reason FixedAndOverallMargin() => Texts.Of(nameof(FixedAndOverallMargin));

    public static Reason WholeMonthsOnly() => Texts.Of(nameof(WholeMonthsOnly));
}
