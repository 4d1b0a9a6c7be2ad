using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Goals;

/// <summary>
/// Why a line of a goal file cannot be imported, in English, Norwegian and Danish (<c>GoalImportReasons.resx</c>,
/// <c>.nb</c>, <c>.da</c>). One method per text.
/// </summary>
internal static class GoalImportReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Goals.GoalImportReasons");

    internal static ReasonCatalogue Catalogue => Texts;
}
