using Salgskraft.Core.Common;

namespace Salgskraft.Core.Activities;

/// <summary>
/// Why an activity, an activity type or a person's activity goals are refused, in English, Norwegian and Danish
/// (<c>ActivityReasons.resx</c>, <c>.nb</c>, <c>.da</c>). One method per text.
/// </summary>
internal static class ActivityReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Activities.ActivityReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static Reason UnknownActivityType() => Texts.Of(nameof(UnknownActivityType));

    public static Reason WeeklyTargetOutOfRange() => Texts.Of(nameof(WeeklyTargetOutOfRange));

    public static Reason WeightOutOfRange() => Texts.Of(nameof(WeightOutOfRange));

    public static Reason OneGoalPerActivityType() => Texts.Of(nameof(OneGoalPerActivityType));

    public static Reason NoSuchWeek() => Texts.Of(nameof(NoSuchWeek));

    public static Reason NoPerson() => Texts.Of(nameof(NoPerson));

    public static Reason ChooseActivityType() => Texts.Of(nameof(ChooseActivityType));

    public static Reason DateAfterToday() => Texts.Of(nameof(DateAfterToday));

    public static Reason DateTooFarBack() => Texts.Of(nameof(DateTooFarBack));

    public static Reason DurationOutOfRange() => Texts.Of(nameof(DurationOutOfRange));

    public static Reason ChooseChannel() => Texts.Of(nameof(ChooseChannel));

    public static Reason NoteTooLong() => Texts.Of(nameof(NoteTooLong));

    public static Reason DealOfAnotherCustomer() => Texts.Of(nameof(DealOfAnotherCustomer));

    public static Reason TypeNameRequired() => Texts.Of(nameof(TypeNameRequired));

    public static Reason NegativeCost() => Texts.Of(nameof(NegativeCost));
}
