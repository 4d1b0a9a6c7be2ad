using System.Globalization;
using System.Resources;
using Salgskraft.Core.Goals;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Why a file, a line or a value cannot be imported: a text of one of the reason catalogues (English, with Norwegian
/// and Danish beside it) and its arguments. The English text is what the API, the CLI and the error history keep;
/// the UI shows <see cref="In"/> the user's language.
/// </summary>
public sealed class ImportReason
{
    private readonly ResourceManager texts;
    private readonly object?[] arguments;

    internal ImportReason(ResourceManager texts, string key, object?[] arguments)
    {
        this.texts = texts;
        Key = key;
        this.arguments = arguments;
    }

    /// <summary>The text's name in its catalogue, e.g. <c>NotANumber</c>: stable, for whoever wants to react to a kind of error.</summary>
    public string Key { get; }

    /// <summary>The reason in a language; arguments (values, line numbers) are written as that culture writes them.</summary>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = texts.GetString(Key, culture) ?? throw new MissingManifestResourceException($"No import reason '{Key}' in {texts.BaseName}.");
        return string.Format(culture, text, arguments);
    }

    /// <summary>The English text (the catalogues' neutral language).</summary>
    public override string ToString() => In(CultureInfo.InvariantCulture);
}

/// <summary>A catalogue of reasons: one <c>.resx</c> trio (English neutral, <c>.nb</c>, <c>.da</c>) beside its code.</summary>
/// <param name="baseName">The catalogue's manifest name, e.g. <c>Salgskraft.Core.Import.Reading.ReadingReasons</c>.</param>
internal sealed class ReasonCatalogue(string baseName)
{
    /// <summary>Every catalogue, for the test that each reads in all three languages.</summary>
    internal static IReadOnlyList<ReasonCatalogue> All => [ReadingReasons.Catalogue, ImportReasons.Catalogue, GoalImportReasons.Catalogue];

    public ResourceManager Texts { get; } = new(baseName, typeof(ReasonCatalogue).Assembly);

    public ImportReason Of(string key, params object?[] arguments) => new(Texts, key, arguments);
}
