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
}
