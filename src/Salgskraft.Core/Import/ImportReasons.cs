using Salgskraft.Core.Common;

namespace Salgskraft.Core.Import;

/// <summary>
/// Why a line of one kind of file cannot be imported (unknown references, duplicate keys, values out of range), in
/// English, Norwegian and Danish (<c>ImportReasons.resx</c>, <c>.nb</c>, <c>.da</c>). One method per text.
/// </summary>
internal static class ImportReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Import.ImportReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static Reason TooLong(int maxLength) => Texts.Of(nameof(TooLong), maxLength);

    public static Reason AlsoOnLine(string key, long line) => Texts.Of(nameof(AlsoOnLine), key, line);

    public static Reason UnknownCustomer(string key) => Texts.Of(nameof(UnknownCustomer), key);

    public static Reason UnknownPerson(string key) => Texts.Of(nameof(UnknownPerson), key);

    public static Reason UnknownProductGroup(string key) => Texts.Of(nameof(UnknownProductGroup), key);

    public static Reason UnknownUnit(string key) => Texts.Of(nameof(UnknownUnit), key);

    public static Reason DerivedInvoiceTooLong(string invoice, int maxLength) => Texts.Of(nameof(DerivedInvoiceTooLong), invoice, maxLength);

    public static Reason StrictUnknownCustomer(string key) => Texts.Of(nameof(StrictUnknownCustomer), key);

    public static Reason StrictUnknownSalesperson(string key) => Texts.Of(nameof(StrictUnknownSalesperson), key);

    public static Reason StrictUnknownProduct(string key) => Texts.Of(nameof(StrictUnknownProduct), key);

    public static Reason StrictUnknownProductGroup(string key) => Texts.Of(nameof(StrictUnknownProductGroup), key);

    public static Reason DuplicateInvoiceLine(string invoice, int lineNo, long firstLine) =>
        Texts.Of(nameof(DuplicateInvoiceLine), invoice, lineNo, firstLine);

    /// <param name="stages">The company's stages, joined.</param>
    public static Reason UnknownDealStage(string stages) => Texts.Of(nameof(UnknownDealStage), stages);

    public static Reason NewDealNeedsCustomer() => Texts.Of(nameof(NewDealNeedsCustomer));

    public static Reason NewDealNeedsSalesperson() => Texts.Of(nameof(NewDealNeedsSalesperson));

    public static Reason NoDealStages() => Texts.Of(nameof(NoDealStages));

    public static Reason UnknownDealOutcome() => Texts.Of(nameof(UnknownDealOutcome));

    /// <param name="types">The company's activity types, joined.</param>
    public static Reason UnknownActivityType(string types) => Texts.Of(nameof(UnknownActivityType), types);

    public static Reason DurationOutOfRange() => Texts.Of(nameof(DurationOutOfRange));

    public static Reason UnknownChannel() => Texts.Of(nameof(UnknownChannel));

    /// <param name="roles">The roles' names, joined.</param>
    /// <param name="words">The words a file may use for them, joined.</param>
    public static Reason UnknownRole(string roles, string words) => Texts.Of(nameof(UnknownRole), roles, words);

    public static Reason UnknownParentUnit(string parent, string unit) => Texts.Of(nameof(UnknownParentUnit), parent, unit);

    public static Reason NoQuestionColumns() => Texts.Of(nameof(NoQuestionColumns));

    // Refusals of the importer and the mapping profiles (ValidationFailedException, not line errors).
    public static Reason GoalsNotADataImport() => Texts.Of(nameof(GoalsNotADataImport));

    public static Reason AlreadyUndone(int batchId) => Texts.Of(nameof(AlreadyUndone), batchId);

    public static Reason NothingToUndo(int batchId) => Texts.Of(nameof(NothingToUndo), batchId);

    /// <summary>The later import's time is written <c>u</c> (universal sortable) in every language, as it always was.</summary>
    public static Reason LaterImportFirst(int batchId, int laterId, string laterFileName, DateTimeOffset importedAt) =>
        Texts.Of(nameof(LaterImportFirst), batchId, laterId, laterFileName, importedAt);

    /// <summary>The last argument is the database's own message, as it gives it.</summary>
    public static Reason RowsInUse(int batchId, string databaseMessage) => Texts.Of(nameof(RowsInUse), batchId, databaseMessage);

    public static Reason ProfileNameLength() => Texts.Of(nameof(ProfileNameLength));

    /// <param name="field">The field the kind does not have.</param>
    /// <param name="kind">The kind's name (<c>ImportKinds.Name</c>), an identifier.</param>
    public static Reason NotAFieldOfKind(string field, string kind) => Texts.Of(nameof(NotAFieldOfKind), field, kind);

    /// <param name="fields">The fields the kind does not have, joined.</param>
    /// <param name="kind">The kind's name (<c>ImportKinds.Name</c>), an identifier.</param>
    public static Reason NotFieldsOfKind(string fields, string kind) => Texts.Of(nameof(NotFieldsOfKind), fields, kind);
}
