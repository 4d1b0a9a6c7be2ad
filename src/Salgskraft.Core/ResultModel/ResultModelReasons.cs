using Salgskraft.Core.Common;

namespace Salgskraft.Core.ResultModel;

/// <summary>
/// Why a result-model plan, the company's sales settings or a result-model request is refused, in English, Norwegian
/// and Danish (<c>ResultModelReasons.resx</c>, <c>.nb</c>, <c>.da</c>). One method per text. Public because the web
/// endpoints refuse a malformed period or a mismatched person with these texts too.
/// </summary>
public static class ResultModelReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.ResultModel.ResultModelReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static Reason NegativeResultGoal() => Texts.Of(nameof(NegativeResultGoal));

    /// <summary>A share (planned share, closing rate, meeting-to-quote) outside (0, 1].</summary>
    public static Reason ShareOutOfRange() => Texts.Of(nameof(ShareOutOfRange));

    public static Reason WorkingMinutesOutOfRange() => Texts.Of(nameof(WorkingMinutesOutOfRange));

    public static Reason StuckDealDaysOutOfRange() => Texts.Of(nameof(StuckDealDaysOutOfRange));

    /// <param name="text">The period as given in the request.</param>
    public static Reason NotAPeriod(string text) => Texts.Of(nameof(NotAPeriod), text);

    /// <summary>A plan whose body names another person than its address.</summary>
    public static Reason PersonNotTheAddressed() => Texts.Of(nameof(PersonNotTheAddressed));
}
