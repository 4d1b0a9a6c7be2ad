using Salgskraft.Core.Common;

namespace Salgskraft.Core.Deals;

/// <summary>
/// Why a deal, its move or its close is refused, in English, Norwegian and Danish (<c>DealReasons.resx</c>, <c>.nb</c>,
/// <c>.da</c>). One method per text.
/// </summary>
internal static class DealReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Deals.DealReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static Reason NoStages() => Texts.Of(nameof(NoStages));

    public static Reason ClosedDealCannotMove() => Texts.Of(nameof(ClosedDealCannotMove));

    public static Reason AlreadyClosed() => Texts.Of(nameof(AlreadyClosed));

    public static Reason NoLostReason() => Texts.Of(nameof(NoLostReason));

    public static Reason LostReasonTooLong() => Texts.Of(nameof(LostReasonTooLong));

    public static Reason CloseDateOutOfRange() => Texts.Of(nameof(CloseDateOutOfRange));

    public static Reason ChooseStage() => Texts.Of(nameof(ChooseStage));

    public static Reason NoPerson() => Texts.Of(nameof(NoPerson));

    public static Reason TitleRequired() => Texts.Of(nameof(TitleRequired));

    public static Reason NegativeValue() => Texts.Of(nameof(NegativeValue));

    public static Reason UnknownProductGroup() => Texts.Of(nameof(UnknownProductGroup));
}
