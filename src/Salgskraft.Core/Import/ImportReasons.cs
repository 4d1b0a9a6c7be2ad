using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Import;

/// <summary>
/// Why a line of one kind of file cannot be imported (unknown references, duplicate keys, values out of range), in
/// English, Norwegian and Danish (<c>ImportReasons.resx</c>, <c>.nb</c>, <c>.da</c>). One method per text.
/// </summary>
internal static class ImportReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Import.ImportReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static ImportReason TooLong(int maxLength) => Texts.Of(nameof(TooLong), maxLength);

    public static ImportReason AlsoOnLine(string key, long line) => Texts.Of(nameof(AlsoOnLine), key, line);

    public static ImportReason UnknownCustomer(string key) => Texts.Of(nameof(UnknownCustomer), key);

    public static ImportReason UnknownPerson(string key) => Texts.Of(nameof(UnknownPerson), key);

    public static ImportReason UnknownProductGroup(string key) => Texts.Of(nameof(UnknownProductGroup), key);

    public static ImportReason UnknownUnit(string key) => Texts.Of(nameof(UnknownUnit), key);

    public static ImportReason DerivedInvoiceTooLong(string invoice, int maxLength) => Texts.Of(nameof(DerivedInvoiceTooLong), invoice, maxLength);

    public static ImportReason StrictUnknownCustomer(string key) => Texts.Of(nameof(StrictUnknownCustomer), key);

    public static ImportReason StrictUnknownSalesperson(string key) => Texts.Of(nameof(StrictUnknownSalesperson), key);

    public static ImportReason StrictUnknownProduct(string key) => Texts.Of(nameof(StrictUnknownProduct), key);

    public static ImportReason StrictUnknownProductGroup(string key) => Texts.Of(nameof(StrictUnknownProductGroup), key);

    public static ImportReason DuplicateInvoiceLine(string invoice, int lineNo, long firstLine) =>
        Texts.Of(nameof(DuplicateInvoiceLine), invoice, lineNo, firstLine);

    /// <param name="stages">The company's stages, joined.</param>
    public static ImportReason UnknownDealStage(string stages) => Texts.Of(nameof(UnknownDealStage), stages);

    public static ImportReason NewDealNeedsCustomer() => Texts.Of(nameof(NewDealNeedsCustomer));

    public static ImportReason NewDealNeedsSalesperson() => Texts.Of(nameof(NewDealNeedsSalesperson));

    public static ImportReason NoDealStages() => Texts.Of(nameof(NoDealStages));

    public static ImportReason UnknownDealOutcome() => Texts.Of(nameof(UnknownDealOutcome));

    /// <param name="types">The company's activity types, joined.</param>
    public static ImportReason UnknownActivityType(string types) => Texts.Of(nameof(UnknownActivityType), types);

    public static ImportReason DurationOutOfRange() => Texts.Of(nameof(DurationOutOfRange));

    public static ImportReason UnknownChannel() => Texts.Of(nameof(UnknownChannel));

    /// <param name="roles">The roles' names, joined.</param>
    /// <param name="words">The words a file may use for them, joined.</param>
    public static ImportReason UnknownRole(string roles, string words) => Texts.Of(nameof(UnknownRole), roles, words);

    public static ImportReason UnknownParentUnit(string parent, string unit) => Texts.Of(nameof(UnknownParentUnit), parent, unit);

    public static ImportReason NoQuestionColumns() => Texts.Of(nameof(NoQuestionColumns));
}
