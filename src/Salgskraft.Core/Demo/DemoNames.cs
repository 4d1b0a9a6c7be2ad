namespace Salgskraft.Core.Demo;

/// <summary>Word lists for fictitious Norwegian customers; any likeness to real firms is accidental.</summary>
internal static class DemoNames
{
    public static readonly IReadOnlyList<string> CompanyPrefixes =
    [
        "Fjord", "Nordlys", "Bergtind", "Vikane", "Skoglund", "Havblikk", "Tindra", "Lia", "Solheim", "Elvebredd",
        "Granitt", "Furulund", "Bjørkely", "Måkeskjær", "Stormkast", "Polarlys", "Kystlinje", "Dalsbygd", "Steinrøys",
        "Moltebær", "Trolltind", "Lyngen", "Kvitfjell", "Sjøstjerne", "Rypefjell", "Fossheim", "Varden", "Nordkapp",
        "Lofotlys", "Midnattsol", "Blåbær", "Sildrevik", "Tyttebær", "Brattli", "Holmen", "Sandvika", "Ørnerede",
        "Fyrlykt", "Jøkul", "Reinrosa",
    ];

    /// <summary>Trade word in the name and the segment it puts the customer in.</summary>
    public static readonly IReadOnlyList<(string Word, string Segment)> CompanyTrades =
    [
        ("Bygg", "Bygg og anlegg"), ("Rør", "Bygg og anlegg"), ("Elektro", "Bygg og anlegg"), ("Entreprenør", "Bygg og anlegg"),
        ("Eiendom", "Eiendom"), ("Utleie", "Eiendom"),
        ("Handel", "Varehandel"), ("Interiør", "Varehandel"), ("Sport", "Varehandel"),
        ("Transport", "Transport"), ("Logistikk", "Transport"),
        ("Helse", "Helse"), ("Tannklinikk", "Helse"),
        ("Maskin", "Industri"), ("Mekaniske", "Industri"),
        ("Sjømat", "Sjømat"), ("Fiskeri", "Sjømat"),
        ("Hotell", "Hotell og restaurant"), ("Kro", "Hotell og restaurant"),
        ("Data", "IT og media"), ("Media", "IT og media"),
        ("Frisør", "Tjenester"), ("Renhold", "Tjenester"),
    ];

    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Ola", "Kari", "Per", "Anne", "Lars", "Ingrid", "Knut", "Hilde", "Jon", "Marit", "Erik", "Silje", "Geir",
        "Tone", "Bjørn", "Line", "Arne", "Camilla", "Terje", "Hanne", "Nils", "Ida", "Rune", "Nora", "Magnus",
        "Thea", "Eirik", "Maja", "Håkon", "Sigrid", "Sindre", "Solveig", "Øystein", "Astrid", "Vegard", "Åse",
    ];

    public static readonly IReadOnlyList<string> LastNames =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Jacobsen", "Strand", "Bakken", "Lie",
        "Moen", "Solberg", "Dahl", "Lunde", "Sæther", "Nygård", "Rønning", "Aas", "Isaksen", "Mikkelsen",
    ];

    /// <summary>Distinct company names with their segment, in a random (seeded) order.</summary>
    public static List<(string Name, string Segment)> Companies(DemoRandom random, int count) =>
        random.Shuffle(CompanyPrefixes.SelectMany(p => CompanyTrades.Select(t => ($"{p} {t.Word} AS", t.Segment))))
            .Take(count)
            .ToList();

    /// <summary>Distinct personal names in a random (seeded) order.</summary>
    public static List<string> People(DemoRandom random, int count) =>
        random.Shuffle(FirstNames.SelectMany(f => LastNames.Select(l => $"{f} {l}"))).Take(count).ToList();
}
