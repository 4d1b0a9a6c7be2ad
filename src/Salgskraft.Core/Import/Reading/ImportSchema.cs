using System.Text;
using System.Text.RegularExpressions;

namespace Salgskraft.Core.Import.Reading;

/// <summary>What a canonical field holds; decides how its values are validated while reading.</summary>
public enum FieldType
{
    Text,
    Decimal,
    Integer,
    Date,
    Boolean,
}

/// <summary>A canonical field of a kind of file, with the headers (nb, da, en) that mean it.</summary>
public sealed record ImportField(string Name, FieldType Type, bool Required, IReadOnlyList<string> Synonyms);

/// <summary>
/// The canonical fields of one kind of file. Headers are matched after normalising (lower case,
/// æ→ae, ø→o, å→a, only letters and digits), so <c>Kunde-ID</c>, <c>kunde id</c> and <c>KundeId</c>
/// are one header.
/// </summary>
public sealed partial class ImportSchema
{
    private readonly Dictionary<string, ImportField> _byName;
    private readonly Dictionary<string, ImportField> _bySynonym;

    private ImportSchema(ImportKind kind, IReadOnlyList<ImportField> fields, IReadOnlyList<(string A, string B)> exclusive, bool questionColumns,
        bool monthColumns = false)
    {
        HasMonthColumns = monthColumns;
        Kind = kind;
        Fields = fields;
        MutuallyExclusive = exclusive;
        HasQuestionColumns = questionColumns;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _bySynonym = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            foreach (var synonym in field.Synonyms.Prepend(field.Name))
            {
                var key = NormalizeHeader(synonym);
                if (!_bySynonym.TryAdd(key, field) && _bySynonym[key] != field)
                {
                    throw new InvalidOperationException($"Header '{synonym}' means two fields of {kind}.");
                }
            }
        }
    }

    public ImportKind Kind { get; }

    public IReadOnlyList<ImportField> Fields { get; }

    /// <summary>Pairs of fields of which a file may give one but not both (cost or contribution).</summary>
    public IReadOnlyList<(string A, string B)> MutuallyExclusive { get; }

    /// <summary>Surveys take any number of question columns <c>q1..qn</c>, all numeric scores.</summary>
    public bool HasQuestionColumns { get; }

    /// <summary>Goals take a column per month (<c>m1..m12</c>): headers jan/januar/january, 1..12 or 2025-01, all numeric.</summary>
    public bool HasMonthColumns { get; }

    public static ImportSchema For(ImportKind kind) => Schemas[kind];

    /// <summary>The field with this canonical name, including survey question fields <c>q1..qn</c>.</summary>
    public ImportField? Find(string name)
    {
        if (_byName.TryGetValue(name, out var field))
        {
            return field;
        }

        if (HasMonthColumns && MonthField().IsMatch(name))
        {
            return Question(name);
        }

        return HasQuestionColumns && QuestionField().IsMatch(name) ? Question(name) : null;
    }

    /// <summary>The field a header means, or null when the header is not one this kind knows.</summary>
    public ImportField? Match(string header)
    {
        var key = NormalizeHeader(header);
        if (_bySynonym.TryGetValue(key, out var field))
        {
            return field;
        }

        if (HasQuestionColumns)
        {
            var question = QuestionHeader().Match(key);
            if (question.Success)
            {
                return Question("q" + question.Groups[1].Value.TrimStart('0'));
            }
        }

        if (HasMonthColumns && MonthOfHeader(key) is { } month)
        {
            return Question("m" + month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return null;
    }

    /// <summary>The month (1..12) a normalised header names: a month name or abbreviation (nb, da, en), 1..12, or yyyymm as 2025-01 normalises.</summary>
    public static int? MonthOfHeader(string normalizedHeader)
    {
        ArgumentNullException.ThrowIfNull(normalizedHeader);
        var yearMonth = YearMonthHeader().Match(normalizedHeader);
        var key = yearMonth.Success ? yearMonth.Groups[2].Value.TrimStart('0') : normalizedHeader;
        if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var index = Array.FindIndex(MonthNames, names => names.Contains(key));
        return index < 0 ? null : index + 1;
    }

    private static readonly string[][] MonthNames =
    [
        ["jan", "januar", "january"], ["feb", "februar", "february"], ["mar", "mars", "marts", "march"], ["apr", "april"],
        ["mai", "maj", "may"], ["jun", "juni", "june"], ["jul", "juli", "july"], ["aug", "august"],
        ["sep", "sept", "september"], ["okt", "oct", "oktober", "october"], ["nov", "november"], ["des", "dec", "desember", "december"],
    ];

    /// <summary>Lower case, Nordic letters folded, everything but letters and digits removed.</summary>
    public static string NormalizeHeader(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var builder = new StringBuilder(header.Length);
        foreach (var raw in header)
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'æ' or 'ä':
                    builder.Append("ae");
                    break;
                case 'ø' or 'ö':
                    builder.Append('o');
                    break;
                case 'å':
                    builder.Append('a');
                    break;
                case 'é' or 'è':
                    builder.Append('e');
                    break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static ImportField Question(string name) => new(name, FieldType.Decimal, false, []);

    private static ImportField F(string name, FieldType type, bool required, params string[] synonyms) => new(name, type, required, synonyms);

    private const FieldType Text = FieldType.Text;
    private const FieldType Dec = FieldType.Decimal;
    private const FieldType Int = FieldType.Integer;
    private const FieldType Date = FieldType.Date;
    private const FieldType Bool = FieldType.Boolean;

    private static readonly string[] CustomerId = ["kundenr", "kundenummer", "kunde-id", "kundeid", "kunde nr", "customer id", "customerid", "customer no", "customer number", "account", "account id", "debitor", "debitornr"];
    private static readonly string[] PersonId = ["selger", "sælger", "selgernr", "sælgernr", "selgerid", "salesperson", "salesperson id", "sales rep", "sales agent", "sales_agent", "ansatt", "ansattnr", "medarbeider", "medarbejder", "employee", "employee id", "person", "person id"];
    private static readonly string[] ProductGroup = ["varegruppe", "produktgruppe", "varegruppenr", "product group", "productgroup", "category", "kategori"];
    private static readonly string[] Potential = ["potensial", "potentiale", "kundepotensial", "kundepotentiale", "potential"];
    private static readonly string[] DateSynonyms = ["dato", "date"];
    private static readonly string[] UnitId = ["enhet", "enhetnr", "enhetsnr", "enhed", "avdeling", "afdeling", "unit", "unit id", "team", "office"];

    private static readonly Dictionary<ImportKind, ImportSchema> Schemas = new()
    {
        [ImportKind.SalesLines] = new(ImportKind.SalesLines,
        [
            F("date", Date, true, "dato", "fakturadato", "bilagsdato", "invoice date", "invoicedate", "order date"),
            F("invoice_no", Text, false, "fakturanr", "fakturanummer", "faktura", "faktura nr", "bilagsnr", "ordrenr", "ordrenummer", "invoice", "invoice no", "invoice number", "invoiceno", "order id", "order no", "order number"),
            F("line_no", Int, false, "linjenr", "linje", "linjenummer", "linienr", "linie", "line", "line no", "line number"),
            F("customer_id", Text, true, CustomerId),
            F("customer_name", Text, false, "kundenavn", "kunde navn", "customer name", "customername", "account name"),
            F("salesperson_id", Text, false, PersonId),
            F("product_id", Text, false, "varenr", "varenummer", "produktnr", "produktnummer", "artikkelnr", "artikelnr", "vare", "produkt", "product", "product id", "productid", "item", "sku"),
            F("product_group", Text, false, ProductGroup),
            F("quantity", Dec, false, "antall", "antal", "mengde", "mængde", "qty", "quantity", "amount units"),
            F("revenue", Dec, true, "omsetning", "omsætning", "beløb", "beløp", "salg", "salgsbeløp", "salgsbeløb", "nettobeløp", "nettobeløb", "sales", "revenue", "netto", "net amount", "amount"),
            F("cost", Dec, false, "kostpris", "kost", "kostnad", "vareforbruk", "vareforbrug", "cost", "cogs"),
            F("contribution", Dec, false, "db", "dekningsbidrag", "dækningsbidrag", "bidrag", "profit", "contribution", "margin amount", "gross profit"),
        ], [("cost", "contribution")], false),

        [ImportKind.Customers] = new(ImportKind.Customers,
        [
            F("customer_id", Text, true, CustomerId),
            F("name", Text, false, "navn", "kundenavn", "firmanavn", "firma", "customer name", "company name", "company"),
            F("segment", Text, false, "segment", "bransje", "branche", "sector", "industry", "kundegruppe"),
            F("owner_id", Text, false, ["ansvarlig", "kundeansvarlig", "owner", "account owner", .. PersonId]),
            F("unit_id", Text, false, UnitId),
            F("potential", Dec, false, Potential),
            F("development_customer", Bool, false, "utviklingskunde", "udviklingskunde", "development customer"),
        ], [], false),

        [ImportKind.Products] = new(ImportKind.Products,
        [
            F("product_id", Text, true, "varenr", "varenummer", "produktnr", "produktnummer", "artikkelnr", "artikelnr", "product", "productid", "item", "sku"),
            F("name", Text, false, "navn", "varenavn", "produktnavn", "beskrivelse", "product name", "description"),
            F("product_group", Text, false, ProductGroup),
            F("product_group_name", Text, false, "varegruppenavn", "produktgruppenavn", "product group name", "category name"),
            F("is_new", Bool, false, "ny", "nyhet", "nyhed", "nytt produkt", "nyt produkt", "new", "new product"),
        ], [], false),

        [ImportKind.People] = new(ImportKind.People,
        [
            F("person_id", Text, true, ["ansattnr", "medarbeidernr", "medarbejdernr", "selgernr", "sælgernr", "employee id", "employee", "personid", "salesperson id", "sales agent", "sales_agent"]),
            F("name", Text, false, "navn", "fullt navn", "fulde navn", "full name"),
            F("email", Text, false, "epost", "e-post", "e-mail", "mail"),
            F("role", Text, false, "rolle", "stilling", "title", "tittel", "titel"),
            F("unit_id", Text, false, UnitId),
            F("unit_name", Text, false, "enhetsnavn", "enhedsnavn", "avdelingsnavn", "afdelingsnavn", "unit name", "regional office"),
            F("parent_unit_id", Text, false, "overordnet enhet", "overordnet enhed", "parent unit", "parent", "manager unit"),
            F("start_date", Date, false, "startdato", "ansatt dato", "ansættelsesdato", "ansettelsesdato", "hire date", "start"),
        ], [], false),

        [ImportKind.Potentials] = new(ImportKind.Potentials,
        [
            F("customer_id", Text, true, CustomerId),
            F("potential", Dec, true, Potential),
        ], [], false),

        [ImportKind.Activities] = new(ImportKind.Activities,
        [
            F("activity_id", Text, false, "aktivitetsnr", "aktivitetsnummer", "aktivitets-id", "activity id", "activity no"),
            F("date", Date, true, ["aktivitetsdato", "activity date", .. DateSynonyms]),
            F("person_id", Text, true, PersonId),
            F("customer_id", Text, false, CustomerId),
            F("type", Text, true, "aktivitetstype", "aktivitet", "activity type", "activity", "kind"),
            F("qualified", Bool, false, "kvalifisert", "kvalificeret", "prioritert", "prioriteret", "is qualified"),
            F("duration_minutes", Dec, false, "varighet", "varighed", "minutter", "duration", "minutes", "duration min"),
            F("channel", Text, false, "kanal", "medium"),
            F("note", Text, false, "notat", "kommentar", "beskrivelse", "notes", "comment", "description"),
        ], [], false),

        [ImportKind.Deals] = new(ImportKind.Deals,
        [
            F("deal_id", Text, true, "tilbudsnr", "tilbudsnummer", "tilbud", "salgsmulighet", "mulighetsnr", "opportunity", "opportunity id", "deal", "deal no", "quote"),
            F("customer_id", Text, false, CustomerId),
            F("person_id", Text, false, PersonId),
            F("product_group", Text, false, ProductGroup),
            F("title", Text, false, "tittel", "titel", "navn", "beskrivelse", "name", "description"),
            F("value", Dec, false, "verdi", "værdi", "beløp", "beløb", "tilbudsverdi", "deal value", "close value", "amount"),
            F("stage", Text, false, "fase", "steg", "trinn", "deal stage"),
            F("expected_close", Date, false, "forventet avslutning", "forventet lukket", "close date", "expected close date", "closing date"),
            F("status", Text, false, "utfall", "resultat", "won lost", "outcome"),
            F("lost_reason", Text, false, "tapsårsak", "årsak", "begrunnelse", "reason", "loss reason"),
        ], [], false),

        [ImportKind.Surveys] = new(ImportKind.Surveys,
        [
            F("customer_id", Text, true, CustomerId),
            F("date", Date, true, ["svardato", "response date", "answered", .. DateSynonyms]),
        ], [], true),

        [ImportKind.SalesCosts] = new(ImportKind.SalesCosts,
        [
            F("cost_id", Text, false, "bilagsnr", "bilagsnummer", "bilag", "kostnadsnr", "omkostningsnr", "voucher", "voucher no", "voucher number", "cost id"),
            F("date", Date, true, ["bilagsdato", "kostnadsdato", "omkostningsdato", "cost date", .. DateSynonyms]),
            F("customer_id", Text, true, ["kunde", "customer", .. CustomerId]),
            F("person_id", Text, false, PersonId),
            F("amount", Dec, true, "beløp", "beløb", "kostnad", "omkostning", "salgskostnad", "salgsomkostning", "direkte salgskostnad", "direkte salgsomkostning", "amount", "cost", "sales cost", "direct sales cost"),
            F("note", Text, false, "notat", "kommentar", "beskrivelse", "tekst", "note", "notes", "comment", "description", "text"),
        ], [], false),

        [ImportKind.Goals] = new(ImportKind.Goals,
        [
            F("person_id", Text, false, PersonId),
            F("unit_id", Text, false, ["enhetsid", "enhedsid", "avdelingsnr", .. UnitId]),
            F("period", Text, false, "periode", "år", "aar", "year", "budsjettår", "budgetår"),
            F("kind", Text, true, "måltype", "maltype", "type", "kpi", "metric", "goal kind", "goal type", "målslag"),
            F("subject", Text, false, "emne", "gjelder", "vedrører", "gruppe", "group", "subject", "aktivitetstype", "activity type"),
            F("target", Dec, false, "mål", "målverdi", "målsetting", "budsjett", "budget", "target", "goal", "total", "sum", "år totalt"),
        ], [], false, monthColumns: true),
    };

    [GeneratedRegex("^m(?:[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthField();

    [GeneratedRegex("^([0-9]{4})(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthHeader();

    [GeneratedRegex("^q[1-9][0-9]{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionField();

    // Normalised header: q1, spm1, sporsmal1, question1, optionally followed by the question's text.
    [GeneratedRegex("^(?:q|spm|sporsmal|sporgsmal|question)0*([1-9][0-9]{0,2})(?:[^0-9].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionHeader();
}
