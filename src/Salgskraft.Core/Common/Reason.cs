using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Salgskraft.Core.Common;

/// <summary>
/// Why input is refused — a file, a line, a value, a form field: a text of one of the reason catalogues (English,
/// with Norwegian and Danish beside it) and its arguments. The English text is what the API, the CLI and the error
/// history keep; the UI shows <see cref="In"/> the user's language.
/// </summary>
public sealed class Reason
{
    private readonly ResourceManager texts;
    private readonly object?[] arguments;

    internal Reason(ResourceManager texts, string key, object?[] arguments)
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
        var text = texts.GetString(Key, culture) ?? throw new MissingManifestResourceException($"No reason '{Key}' in {texts.BaseName}.");
        return string.Format(culture, text, arguments);
    }

    /// <summary>The English text (the catalogues' neutral language).</summary>
    public override string ToString() => In(CultureInfo.InvariantCulture);
}

/// <summary>
/// A catalogue of reasons: one <c>.resx</c> trio (English neutral, <c>.nb</c>, <c>.da</c>) beside its code. A catalogue
/// is a static class with one method per text and an <c>internal static ReasonCatalogue Catalogue</c> property, by
/// which the tests find it.
/// </summary>
/// <param name="baseName">The catalogue's manifest name, e.g. <c>Salgskraft.Core.Import.Reading.ReadingReasons</c>.</param>
internal sealed class ReasonCatalogue(string baseName)
{
    /// <summary>Every catalogue of the assembly, for the test that each reads in all three languages.</summary>
    internal static IReadOnlyList<ReasonCatalogue> All =>
    [
        .. typeof(ReasonCatalogue).Assembly.GetTypes()
            .Select(t => t.GetProperty("Catalogue", BindingFlags.Static | BindingFlags.NonPublic))
            .Where(p => p?.PropertyType == typeof(ReasonCatalogue))
            .Select(p => (ReasonCatalogue)p!.GetValue(null)!),
    ];

    public ResourceManager Texts { get; } = new(baseName, typeof(ReasonCatalogue).Assembly);

    public Reason Of(string key, params object?[] arguments) => new(Texts, key, arguments);
}
