namespace Salgskraft.Core.Common;

/// <summary>
/// Why something named is not found, or the caller's role may not do it, in English, Norwegian and Danish
/// (<c>AccessReasons.resx</c>, <c>.nb</c>, <c>.da</c>): the texts of <see cref="NotFoundException"/> and
/// <see cref="ForbiddenException"/>, shared by every feature. One method per text.
/// </summary>
internal static class AccessReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Common.AccessReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static Reason UserNotFound(string email) => Texts.Of(nameof(UserNotFound), email);

    public static Reason NotAMember(string email, string company) => Texts.Of(nameof(NotAMember), email, company);

    public static Reason GoalImportForLeaders() => Texts.Of(nameof(GoalImportForLeaders));

    public static Reason StrategyNotFound(int id) => Texts.Of(nameof(StrategyNotFound), id);

    public static Reason ActionNotFound(int id) => Texts.Of(nameof(ActionNotFound), id);

    public static Reason GoalNotFound(int id) => Texts.Of(nameof(GoalNotFound), id);

    public static Reason PersonNotFound(int id) => Texts.Of(nameof(PersonNotFound), id);

    public static Reason CustomerNotFound(int id) => Texts.Of(nameof(CustomerNotFound), id);

    public static Reason NoSuchCustomer() => Texts.Of(nameof(NoSuchCustomer));

    public static Reason NoSuchUnit() => Texts.Of(nameof(NoSuchUnit));

    public static Reason NoSuchPerson() => Texts.Of(nameof(NoSuchPerson));

    public static Reason ActivityNotFound(int id) => Texts.Of(nameof(ActivityNotFound), id);

    public static Reason ActivityTypeNotFound(int id) => Texts.Of(nameof(ActivityTypeNotFound), id);

    public static Reason CallerNotAPerson() => Texts.Of(nameof(CallerNotAPerson));

    public static Reason DealNotFound(int id) => Texts.Of(nameof(DealNotFound), id);

    public static Reason ProfileNotFound(string kind, string name) => Texts.Of(nameof(ProfileNotFound), kind, name);

    public static Reason ImportNotFound(int id) => Texts.Of(nameof(ImportNotFound), id);

    public static Reason DevelopmentCustomersForLeaders() => Texts.Of(nameof(DevelopmentCustomersForLeaders));

    public static Reason SettingsForDirectors() => Texts.Of(nameof(SettingsForDirectors));

    public static Reason PlanForManagers() => Texts.Of(nameof(PlanForManagers));
}
