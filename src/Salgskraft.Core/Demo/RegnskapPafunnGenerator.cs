using System.Globalization;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Demo;

/// <summary>
/// Regnskap Påfunn AS: an accounting and advisory firm with a director, sales manager Mats over two teams
/// of three salespeople, ~300 customers, 500 products in 10 groups and three years of invoice lines.
/// The shape is chosen so the customer platform (DOMAIN.md §3) shows all four groups with the default rules:
/// revenue follows a Zipf-like curve (a few big customers), big customers buy at lower margins, and the
/// margins spread between about 6 % and 39 %.
/// </summary>
internal static class RegnskapPafunnGenerator
{
    public const string Slug = "regnskap-pafunn";
    public const string Name = "Regnskap Påfunn AS";
    public const int CustomerCount = 300;
    public const int ProductCount = 500;

    /// <summary>Revenue the customers' curve is scaled to for the last full year (before growth, churn and credit).</summary>
    private const double LastFullYearRevenue = 64_000_000;

    /// <summary>Low July, high fourth quarter (index 0 = January).</summary>
    /// <summary>
    /// Ranks of the mid-size band: a plateau below the big customers, where the curve alone would fall away,
    /// so some customers outside the top 80 % still make a contribution above the floor.
    /// </summary>
    private const int MidSizeFrom = 40, MidSizeTo = 110;

    private static readonly double[] Seasonality = [0.85, 0.95, 1.05, 0.95, 1.0, 0.9, 0.4, 0.8, 1.05, 1.1, 1.2, 1.4];

    private static readonly string[] Variants = ["Basis", "Standard", "Pluss", "Premium", "Bedrift"];

    private static readonly GroupSpec[] Groups =
    [
        new("01", "Regnskapsføring", 0.04m, 2_500m, 3.0, null,
            ["Bokføring", "Fakturahåndtering", "Bankavstemming", "Kundereskontro", "Leverandørreskontro", "MVA-oppgave", "Månedsrapport", "Periodeavslutning", "Bilagsregistrering", "Prosjektregnskap"]),
        new("02", "Lønn og personal", 0.02m, 1_800m, 2.0, null,
            ["Lønnskjøring", "A-melding", "Reiseregning", "Feriepengeoppgjør", "Sykepengerefusjon", "Pensjonsrapportering", "Timeregistrering", "Personalhåndbok", "Arbeidsavtale", "Digital lønnsslipp"]),
        new("03", "Årsoppgjør og skatt", 0.06m, 6_000m, 2.0, null,
            ["Årsregnskap", "Skattemelding", "Næringsoppgave", "Aksjonærregisteroppgave", "Noter til årsregnskap", "Årsberetning", "Skatteberegning", "Formuesverdi", "Konsernregnskap", "Avstemmingsrapport"]),
        new("04", "Rådgivning", 0.09m, 9_000m, 1.5, null,
            ["Budsjettrådgivning", "Likviditetsanalyse", "Selskapsstruktur", "Generasjonsskifte", "Oppstartsrådgivning", "Investeringsanalyse", "Styrearbeid", "Prisrådgivning", "Lønnsomhetsanalyse", "Finansieringsrådgivning"]),
        new("05", "Programvare og lisenser", -0.10m, 3_500m, 1.5, null,
            ["Regnskapsprogram", "Lønnsprogram", "Faktura-app", "Bankintegrasjon", "Dokumentarkiv", "Timeføringsapp", "Rapportverktøy", "Ekstra brukerlisens", "API-tilgang", "Skylagring"]),
        new("06", "Kurs og opplæring", 0.03m, 4_000m, 0.8, null,
            ["Kurs i bokføring", "Kurs i MVA", "Kurs i lønn", "Kurs i årsoppgjør", "Webinar regnskap", "Opplæring programvare", "Kurs for styremedlemmer", "Kurs i budsjett", "Kurs i økonomistyring", "Kurs i fakturering"]),
        new("07", "Kontorrekvisita", -0.08m, 400m, 0.8, null,
            ["Ringperm", "Arkivboks", "Kopipapir", "Konvolutter", "Bilagsmappe", "Skrivesaker", "Blekkpatron", "Etiketter", "Kalender", "Notatblokk"]),
        new("08", "Skjema og trykksaker", -0.04m, 700m, 0.6, null,
            ["Kvitteringsblokk", "Fakturaskjema", "Kassabok", "Timeliste", "Kjørebok", "Visittkort", "Brevark", "Bilagsstempel", "Rapportperm", "Lønnskonvolutt"]),
        new("09", "Bærekraftsrapportering", 0.05m, 8_000m, 1.2, LaunchYearsBack: 1,
            ["Klimaregnskap", "ESG-rapport", "Taksonomianalyse", "Bærekraftsstrategi", "Miljøfyrtårn-bistand", "CSRD-kartlegging", "Leverandørvurdering", "Klimarisikoanalyse", "Utslippsmåling", "Åpenhetsloven-rapport"]),
        new("10", "KI-bokføring", 0.00m, 2_000m, 1.0, LaunchYearsBack: 0,
            ["KI-bilagstolkning", "Automatisk avstemming", "Smart fakturaflyt", "KI-rapportassistent", "Prediktiv likviditet", "Automatisk kontering", "Kvitteringsskanner", "KI-chat for økonomi", "Avviksvarsling", "Automatisk purring"]),
    ];

    public static DemoSet Generate(DateOnly today, DemoRandom random)
    {
        var year = today.Year;
        var units = new List<DemoUnit>
        {
            new("RP", Name, null),
            new("RP-OSL", "Team Oslo", "RP"),
            new("RP-BGO", "Team Bergen", "RP"),
        };
        var people = new List<DemoPerson>
        {
            new("KN", "Kari Nordmann", PersonRole.Director, "RP", new DateOnly(year - 12, 1, 1), "kari@regnskap-pafunn.no"),
            new("MB", "Mats Berg", PersonRole.SalesManager, "RP", new DateOnly(year - 8, 3, 1), "mats@regnskap-pafunn.no"),
            new(DemoData.SteeringPlatformPersonExternalId, "Sara Lunde", PersonRole.Salesperson, "RP-OSL", new DateOnly(year - 6, 8, 15), "sara@regnskap-pafunn.no"),
            new("JH", "Jonas Haugen", PersonRole.Salesperson, "RP-OSL", new DateOnly(year - 4, 1, 2), "jonas@regnskap-pafunn.no"),
            new("IB", "Ingrid Bakke", PersonRole.Salesperson, "RP-OSL", new DateOnly(year - 9, 9, 1), "ingrid@regnskap-pafunn.no"),
            new("OS", "Ola Solberg", PersonRole.Salesperson, "RP-BGO", new DateOnly(year - 7, 4, 1), "ola@regnskap-pafunn.no"),
            new("EJ", "Emma Johansen", PersonRole.Salesperson, "RP-BGO", new DateOnly(year - 5, 2, 1), "emma@regnskap-pafunn.no"),
            new("HD", "Henrik Dahl", PersonRole.Salesperson, "RP-BGO", new DateOnly(year - 3, 10, 1), "henrik@regnskap-pafunn.no"),
        };
        var salespeople = Enumerable.Range(0, people.Count).Where(i => people[i].Role == PersonRole.Salesperson).ToArray();

        var groups = Groups.Select(g => new DemoProductGroup(g.ExternalId, g.Name, g.LaunchYearsBack is not null)).ToList();
        var products = new List<DemoProduct>();
        var prices = new List<decimal>();
        var productsByGroup = new List<int>[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
        {
            productsByGroup[g] = [];
            var spec = Groups[g];
            foreach (var (item, i) in spec.Items.Select((item, i) => (item, i)))
            {
                for (var v = 0; v < Variants.Length; v++)
                {
                    var isNew = spec.LaunchYearsBack is not null || random.Chance(0.03);
                    productsByGroup[g].Add(products.Count);
                    products.Add(new DemoProduct(
                        string.Create(CultureInfo.InvariantCulture, $"{spec.ExternalId}{(i * Variants.Length) + v + 1:000}"),
                        $"{item} {Variants[v]}", spec.ExternalId, isNew));
                    prices.Add(decimal.Round(spec.BasePrice * (decimal)random.Between(0.6, 1.4) * (1 + (0.25m * v)), 0));
                }
            }
        }

        var customers = MakeCustomers(today, random, salespeople.Length);
        var invoices = new DemoInvoices(firstInvoiceNo: 100_001);
        var groupLaunch = Groups.Select(g => g.LaunchYearsBack is { } back ? new DateOnly(year - back, 3, 1) : DateOnly.MinValue).ToArray();
        for (var c = 0; c < customers.Count; c++)
        {
            var customer = customers[c];
            for (var y = year - 2; y <= year; y++)
            {
                if (y < customer.StartYear || y > customer.LastYear)
                {
                    continue;
                }

                var fromMonth = y == customer.StartYear ? customer.StartMonth : 1;
                var revenue = customer.BaseRevenue * (1 + (customer.Trend * (y - (year - 1)))) * (13 - fromMonth) / 12;
                AddYear(random, invoices, customer, c, salespeople[customer.Owner], y, fromMonth, revenue, today,
                    groupLaunch, productsByGroup, prices);
            }
        }

        return new DemoSet(Slug, Name, units, people, groups, products,
            customers.Select(c => new DemoCustomer(c.ExternalId, c.Name, c.Segment, people[salespeople[c.Owner]].ExternalId,
                people[salespeople[c.Owner]].UnitExternalId, c.Potential)).ToList(),
            invoices.ToLines());
    }

    /// <summary>The revenue curve: 1 / (rank + 8)^1.5, with a square root because it is exact on every platform.</summary>
    private static double Zipf(int rank) => 1.0 / ((rank + 8) * Math.Sqrt(rank + 8));

    private static List<CustomerSpec> MakeCustomers(DateOnly today, DemoRandom random, int salespeople)
    {
        var year = today.Year;
        var names = DemoNames.Companies(random, CustomerCount);
        var weights = Enumerable.Range(0, CustomerCount)
            .Select(rank => Math.Max(Zipf(rank), rank is >= MidSizeFrom and < MidSizeTo
                    ? Zipf(MidSizeFrom) * (1 - ((rank - MidSizeFrom) / 160.0))
                    : 0)
                * random.Between(0.8, 1.2))
            .ToArray();

        // A plain left-to-right sum: a vectorised Sum could add in another order on other hardware.
        var totalWeight = weights.Aggregate(0.0, (sum, w) => sum + w);
        var specs = new List<CustomerSpec>();
        for (var rank = 0; rank < CustomerCount; rank++)
        {
            var baseRevenue = LastFullYearRevenue * weights[rank] / totalWeight;

            // The biggest customers stay; among the others some arrive and some leave during the three years.
            var (startYear, startMonth, lastYear) = (year - 2, 1, year);
            var lifecycle = rank < 20 ? 1.0 : random.NextDouble();
            if (lifecycle < 0.08)
            {
                (startYear, startMonth) = (year, random.Next(1, Math.Max(2, today.Month)));
            }
            else if (lifecycle < 0.15)
            {
                (startYear, startMonth) = (year - 1, random.Next(1, 13));
            }
            else if (lifecycle < 0.19)
            {
                lastYear = year - 2;
            }
            else if (lifecycle < 0.25)
            {
                lastYear = year - 1;
            }

            // Volume buys a discount: the top 30 lose up to six points of margin. The mid-size customers just
            // below the big ones pay close to list price: the question marks worth developing.
            var margin = rank switch
            {
                < 30 => random.Between(0.10, 0.36) - (0.06 * (30 - rank) / 30),
                < MidSizeTo => random.Between(0.17, 0.38),
                _ => random.Between(0.08, 0.36),
            };
            var potential = baseRevenue * (startYear >= year - 1 ? random.Between(2.5, 6.0) : random.Between(1.3, 4.0));

            // A snake draft over the ranks gives each salesperson a fair share of big and small customers.
            var round = rank / salespeople;
            var owner = round % 2 == 0 ? rank % salespeople : salespeople - 1 - (rank % salespeople);

            specs.Add(new CustomerSpec
            {
                Name = names[rank].Name,
                Segment = names[rank].Segment,
                Owner = owner,
                BaseRevenue = (decimal)baseRevenue,
                Trend = (decimal)random.Between(-0.12, 0.18),
                Margin = (decimal)Math.Max(0.07, margin),
                Potential = Math.Max(20_000m, decimal.Round((decimal)potential / 10_000m, 0) * 10_000m),
                StartYear = startYear,
                StartMonth = startMonth,
                LastYear = lastYear,
                Groups = PreferredGroups(random),
                OrderKey = random.NextDouble(),
            });
        }

        // Customer numbers are given in the order customers arrived, as in an ERP.
        var ordered = specs.OrderBy(s => s.StartYear).ThenBy(s => s.StartMonth).ThenBy(s => s.OrderKey).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].ExternalId = (10_001 + i).ToString(CultureInfo.InvariantCulture);
        }

        return ordered;
    }

    /// <summary>Each customer buys from two to five of the established groups and may take up the new ones.</summary>
    private static double[] PreferredGroups(DemoRandom random)
    {
        var weights = new double[Groups.Length];
        var count = random.Next(2, 6);
        var candidates = Groups.Select(g => g.LaunchYearsBack is null ? g.Popularity : 0).ToArray();
        for (var i = 0; i < count; i++)
        {
            var g = random.PickWeighted(candidates);
            weights[g] = Groups[g].Popularity * random.Between(0.5, 1.5);
            candidates[g] = 0;
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            if (Groups[g].LaunchYearsBack is not null && random.Chance(0.3))
            {
                weights[g] = Groups[g].Popularity * random.Between(0.5, 1.5);
            }
        }

        return weights;
    }

    private static void AddYear(DemoRandom random, DemoInvoices invoices, CustomerSpec customer, int customerIndex,
        int salesperson, int year, int fromMonth, decimal revenue, DateOnly today, DateOnly[] groupLaunch,
        List<int>[] productsByGroup, List<decimal> prices)
    {
        // Bigger customers have more and larger lines: about √revenue / 7.5 lines a year.
        var lineCount = Math.Max(2, (int)Math.Round(Math.Sqrt((double)revenue) / 7.5));
        var invoiceCount = Math.Max(1, (int)Math.Round(lineCount / 2.5));
        var linesPerInvoice = Enumerable.Repeat(1, invoiceCount).ToArray();
        for (var i = invoiceCount; i < lineCount; i++)
        {
            linesPerInvoice[random.Next(0, invoiceCount)]++;
        }

        var shares = Enumerable.Range(0, lineCount).Select(_ => (decimal)random.Between(0.3, 1.7)).ToArray();
        var shareTotal = shares.Sum();
        var next = 0;
        foreach (var count in linesPerInvoice)
        {
            var date = DemoCalendar.WorkingDay(random, year, DemoCalendar.SeasonalMonth(random, Seasonality, fromMonth));
            var lines = new List<InvoiceLine>();
            for (var i = 0; i < count; i++, next++)
            {
                var lineRevenue = decimal.Round(revenue * shares[next] / shareTotal, 2);
                var available = customer.Groups.Select((w, g) => groupLaunch[g] <= date ? w : 0).ToArray();
                var group = available.Any(w => w > 0) ? random.PickWeighted(available) : 0;
                var product = random.Pick(productsByGroup[group]);
                var margin = Math.Clamp(customer.Margin + Groups[group].MarginOffset + (decimal)random.Between(-0.02, 0.02), 0.06m, 0.39m);
                var quantity = Math.Max(1, decimal.Round(lineRevenue / prices[product], 0));
                lines.Add(new InvoiceLine(product, quantity, lineRevenue, decimal.Round(lineRevenue * (1 - margin), 2)));
            }

            // Year to date: what lies after today has not been invoiced yet.
            if (date > today)
            {
                continue;
            }

            invoices.Add(date, customerIndex, salesperson, lines);
            foreach (var line in lines)
            {
                if (random.Chance(0.02))
                {
                    var creditDate = DemoCalendar.WorkingDayAfter(date, random.Next(5, 45));
                    var quantity = random.Chance(0.5) ? line.Quantity : Math.Max(1, decimal.Floor(line.Quantity * (decimal)random.Between(0.2, 0.8)));
                    if (creditDate <= today)
                    {
                        invoices.Add(creditDate, customerIndex, salesperson, [line.Credit(quantity)]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A product group. <paramref name="MarginOffset"/> shifts the customer's margin on this group's lines;
    /// a new group (<paramref name="LaunchYearsBack"/> set) sells from 1 March that many years back.
    /// </summary>
    private sealed record GroupSpec(string ExternalId, string Name, decimal MarginOffset, decimal BasePrice, double Popularity,
        int? LaunchYearsBack, string[] Items);

    private sealed class CustomerSpec
    {
        public string ExternalId { get; set; } = "";

        public required string Name { get; init; }

        public required string Segment { get; init; }

        /// <summary>Index among the salespeople.</summary>
        public required int Owner { get; init; }

        public required decimal BaseRevenue { get; init; }

        public required decimal Trend { get; init; }

        public required decimal Margin { get; init; }

        public required decimal Potential { get; init; }

        public required int StartYear { get; init; }

        public required int StartMonth { get; init; }

        public required int LastYear { get; init; }

        public required double[] Groups { get; init; }

        public required double OrderKey { get; init; }
    }
}
