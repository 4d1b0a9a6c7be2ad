using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Salgskraft.Core.Common;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Tests.Common;

/// <summary>Every reason reads in English, Norwegian and Danish, with the same arguments in each.</summary>
public sealed partial class ReasonCatalogueTests
{
    public static TheoryData<string> Catalogues => new(ReasonCatalogue.All.Select(c => c.Texts.BaseName));

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void EveryReason_HasNorwegianAndDanish_WithTheSamePlaceholders(string baseName)
    {
        var texts = ReasonCatalogue.All.Single(c => c.Texts.BaseName == baseName).Texts;
        var english = Texts(texts, CultureInfo.InvariantCulture);
        Assert.NotEmpty(english);
        foreach (var culture in new[] { "nb", "da" })
        {
            var translated = Texts(texts, CultureInfo.GetCultureInfo(culture));
            Assert.Equal(english.Keys.Order(), translated.Keys.Order());
            foreach (var (key, text) in english)
            {
                Assert.True(Placeholders(text).SetEquals(Placeholders(translated[key])), $"{baseName}.{culture} '{key}': '{translated[key]}' has other placeholders than '{text}'");
            }
        }
    }

    [Fact]
    public void TheCatalogues_AreFoundBesideTheirCode()
    {
        var names = ReasonCatalogue.All.Select(c => c.Texts.BaseName).ToList();

        Assert.Contains("Salgskraft.Core.Import.Reading.ReadingReasons", names);
        Assert.Contains("Salgskraft.Core.Import.ImportReasons", names);
        Assert.Contains("Salgskraft.Core.Goals.GoalImportReasons", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void AReason_ReadsInTheUsersLanguage_AndItsArgumentsAsThatCultureWritesThem()
    {
        var error = new ImportError(50_001, "Omsetning", "12x", ReadingReasons.NotANumber("12x"));

        Assert.Equal("'12x' is not a number", error.Reason);
        Assert.Equal("'12x' er ikke et tall", error.ReasonIn(CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal("'12x' er ikke et tal", error.ReasonIn(CultureInfo.GetCultureInfo("da-DK")));
        Assert.Equal("'12x' is not a number", error.ReasonIn(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(new ImportError(50_001, "Omsetning", "12x", "'12x' is not a number"), error);
        Assert.Equal("'0' er utenfor området for Excel-datonumre (1 til 2958465)",
            ReadingReasons.ExcelSerialOutOfRange("0", 2_958_465).In(CultureInfo.GetCultureInfo("nb-NO")));
    }

    private static Dictionary<string, string> Texts(ResourceManager texts, CultureInfo culture) =>
        texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    // The argument numbers only: a language may write an argument its own way ({0} in English, {0:#,0.##} in Norwegian).
    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
