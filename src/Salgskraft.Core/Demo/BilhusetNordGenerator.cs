using System.Globalization;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Demo;

/// <summary>
/// Bilhuset Nord AS: a car importer with three dealer centres, each a unit with a general manager, a sales
/// manager, a service manager, salespeople and service advisors. Its customers buy cars from the salespeople
/// and workshop services from the service advisors ("the salesperson sells the first car, the workshop sells
/// the next"). Smaller than Regnskap Påfunn: it is there to show units and the isolation between companies.
/// </summary>
internal static class BilhusetNordGenerator
{
    public const string Slug = "bilhuset-nord";
    public const string Name = "Bilhuset Nord AS";

    /// <summary>Cars sell in spring, not in July.</summary>
    private static readonly double[] CarSeasonality = [0.7, 0.8, 1.2, 1.3, 1.3, 1.1, 0.5, 0.9, 1.1, 1.0, 0.9, 1.0];

    /// <summary>The workshop peaks at the tyre changes in April–May and October–November.</summary>
    private static readonly double[] WorkshopSeasonality = [0.8, 0.8, 1.0, 1.3, 1.2, 0.9, 0.6, 0.9, 1.0, 1.3, 1.2, 0.8];

    private static readonly CentreSpec[] Centres =
    [
        new("TOS", "Bilhuset Tromsø", Salespeople: 3, Advisors: 2, Customers: 140),
        new("BOO", "Bilhuset Bodø", Salespeople: 2, Advisors: 1, Customers: 110),
        new("HAR", "Bilhuset Harstad", Salespeople: 2, Advisors: 1, Customers: 90),
    ];

    private static readonly GroupSpec[] Groups =
    [
        new("NB", "Nye biler", 0.06, 0.09, IsNew: false,
            [("Aurora EV 58 kWh", 389_000), ("Aurora EV 77 kWh AWD", 479_000), ("Fjellrev SUV hybrid 4x4", 629_000),
             ("Kystlinje stasjonsvogn hybrid", 519_000), ("Polar varebil elektrisk", 449_000), ("Byløper kompakt elektrisk", 299_000),
             ("Tinde SUV elektrisk 7 seter", 749_000), ("Nordkapp pickup diesel", 689_000)]),
        new("BB", "Bruktbiler", 0.08, 0.15, IsNew: false,
            [("Bruktbil elbil", 219_000), ("Bruktbil SUV", 289_000), ("Bruktbil stasjonsvogn", 179_000),
             ("Bruktbil kompakt", 129_000), ("Bruktbil varebil", 199_000)]),
        new("VS", "Verksted og service", 0.45, 0.60, IsNew: false,
            [("EU-kontroll", 1_290), ("Service 15 000 km", 3_490), ("Service 30 000 km", 5_990), ("Bremseservice", 4_200),
             ("Service klimaanlegg", 1_890), ("Feilsøking per time", 1_450), ("Mekanikerarbeid per time", 1_350),
             ("Understellsbehandling", 3_900)]),
        new("DT", "Deler og tilbehør", 0.25, 0.35, IsNew: false,
            [("Vindusviskerblader", 590), ("Takboks", 6_990), ("Hengerfeste", 12_900), ("Gummimatter", 1_190),
             ("Bremseklosser", 1_850), ("Startbatteri 12 V", 2_490), ("Lyspærer", 290), ("Motorolje 5 l", 890)]),
        new("DK", "Dekk og hjulskift", 0.20, 0.45, IsNew: false,
            [("Hjulskift", 690), ("Dekkhotell sesong", 1_190), ("Piggfrie vinterdekk sett", 9_900), ("Piggdekk sett", 11_900),
             ("Sommerdekk sett", 8_900), ("Felgsett aluminium", 12_500)]),
        new("EL", "Elbil og lading", 0.25, 0.40, IsNew: true,
            [("Hjemmelader med installasjon", 17_900), ("Ladekabel type 2", 2_490), ("Batteritest elbil", 990),
             ("Ladeabonnement år", 2_388), ("Programvareoppdatering", 790)]),
    ];

    private const int NewCars = 0, UsedCars = 1, Workshop = 2, Parts = 3, Tyres = 4, Charging = 5;

    public static DemoSet Generate(DateOnly today, DemoRandom random)
    {
        var year = today.Year;
        var units = new List<DemoUnit> { new("BN", Name, null) };
        units.AddRange(Centres.Select(c => new DemoUnit($"BN-{c.Code}", c.Name, "BN")));

        // Three names are fixed because the README's logins show them; the rest are drawn.
        var fixedNames = new[] { "Trond Eriksen", "Lise Mikkelsen", "Anders Nygård" };
        var drawn = new Queue<string>(DemoNames.People(random, 60).Except(fixedNames, StringComparer.Ordinal));
        var people = new List<DemoPerson>
        {
            Person("BN-DL", fixedNames[0], PersonRole.Director, "BN", new DateOnly(year - 15, 1, 1)),
        };
        var centreStaff = new List<(int[] Salespeople, int[] Advisors)>();
        foreach (var centre in Centres)
        {
            var unit = $"BN-{centre.Code}";
            var isFirst = centre == Centres[0];
            people.Add(Person($"{centre.Code}-GM", drawn.Dequeue(), PersonRole.GeneralManager, unit, new DateOnly(year - 10, 1, 1)));
            people.Add(Person($"{centre.Code}-SS", isFirst ? fixedNames[1] : drawn.Dequeue(), PersonRole.SalesManager, unit, new DateOnly(year - 6, 8, 1)));
            people.Add(Person($"{centre.Code}-SV", drawn.Dequeue(), PersonRole.ServiceManager, unit, new DateOnly(year - 8, 2, 1)));
            var salespeople = new List<int>();
            for (var i = 1; i <= centre.Salespeople; i++)
            {
                salespeople.Add(people.Count);
                people.Add(Person(string.Create(CultureInfo.InvariantCulture, $"{centre.Code}-S{i}"), isFirst && i == 1 ? fixedNames[2] : drawn.Dequeue(),
                    PersonRole.Salesperson, unit, new DateOnly(year - 2 - i, 3, 1)));
            }

            var advisors = new List<int>();
            for (var i = 1; i <= centre.Advisors; i++)
            {
                advisors.Add(people.Count);
                people.Add(Person(string.Create(CultureInfo.InvariantCulture, $"{centre.Code}-R{i}"), drawn.Dequeue(),
                    PersonRole.ServiceAdvisor, unit, new DateOnly(year - 3 - i, 9, 1)));
            }

            centreStaff.Add((salespeople.ToArray(), advisors.ToArray()));
        }

        var groups = Groups.Select(g => new DemoProductGroup(g.ExternalId, g.Name, g.IsNew)).ToList();
        var products = new List<DemoProduct>();
        var productsByGroup = new List<int>[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
        {
            productsByGroup[g] = [];
            for (var i = 0; i < Groups[g].Items.Length; i++)
            {
                productsByGroup[g].Add(products.Count);
                products.Add(new DemoProduct(string.Create(CultureInfo.InvariantCulture, $"{Groups[g].ExternalId}-{i + 1:00}"),
                    Groups[g].Items[i].Name, Groups[g].ExternalId, Groups[g].IsNew));
            }
        }

        // The new product area: charging is sold from June last year.
        var chargingLaunch = new DateOnly(year - 1, 6, 1);
        var privateNames = new Queue<string>(DemoNames.People(random, Centres.Sum(c => c.Customers)));
        var firmNames = new Queue<(string Name, string Segment)>(DemoNames.Companies(random, Centres.Sum(c => c.Customers)));
        var customers = new List<DemoCustomer>();
        var invoices = new DemoInvoices(firstInvoiceNo: 500_001);
        var context = new LineContext(random, invoices, productsByGroup, today, chargingLaunch);
        for (var c = 0; c < Centres.Length; c++)
        {
            var (salespeople, advisors) = centreStaff[c];
            for (var i = 0; i < Centres[c].Customers; i++)
            {
                var isFirm = random.Chance(0.2);
                var owner = salespeople[i % salespeople.Length];
                var potential = isFirm ? random.Between(80_000, 900_000) : random.Between(15_000, 120_000);
                customers.Add(new DemoCustomer((20_001 + customers.Count).ToString(CultureInfo.InvariantCulture),
                    isFirm ? firmNames.Dequeue().Name : privateNames.Dequeue(), isFirm ? "Bedrift" : "Privat",
                    people[owner].ExternalId, $"BN-{Centres[c].Code}", decimal.Round((decimal)potential / 5_000m, 0) * 5_000m));

                var lifecycle = random.NextDouble();
                var (startYear, startMonth, lastYear) = lifecycle switch
                {
                    < 0.10 => (year, random.Next(1, Math.Max(2, today.Month)), year),
                    < 0.15 => (year - 2, 1, year - 1),
                    _ => (year - 2, 1, year),
                };
                for (var y = startYear; y <= lastYear; y++)
                {
                    var fromMonth = y == startYear ? startMonth : 1;
                    var visits = isFirm ? random.Next(2, 6) : random.Next(1, 3);
                    for (var v = 0; v < visits; v++)
                    {
                        context.AddWorkshopVisit(customers.Count - 1, advisors[i % advisors.Length], y, fromMonth);
                    }

                    if (random.Chance(isFirm ? 0.4 : 0.18))
                    {
                        context.AddCarSale(customers.Count - 1, owner, y, fromMonth, isFirm ? random.Next(1, 4) : 1);
                    }
                }
            }
        }

        return new DemoSet(Slug, Name, units, people, groups, products, customers, invoices.ToLines());

        DemoPerson Person(string externalId, string name, PersonRole role, string unit, DateOnly start) =>
            new(externalId, name, role, unit, start, $"{Ascii(name).Replace(' ', '.').ToLowerInvariant()}@bilhuset-nord.no");
    }

    private static string Ascii(string name) =>
        name.Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal).Replace("Æ", "Ae", StringComparison.Ordinal)
            .Replace("Ø", "O", StringComparison.Ordinal).Replace("Å", "A", StringComparison.Ordinal);

    private sealed class LineContext(DemoRandom random, DemoInvoices invoices, List<int>[] productsByGroup, DateOnly today,
        DateOnly chargingLaunch)
    {
        public void AddWorkshopVisit(int customer, int advisor, int year, int fromMonth)
        {
            var month = DemoCalendar.SeasonalMonth(random, WorkshopSeasonality, fromMonth);
            var date = DemoCalendar.WorkingDay(random, year, month);
            // Items 6 and 7 are sold by the hour; the rest once per visit.
            var job = random.Next(0, 8);
            var lines = new List<InvoiceLine> { Line(Workshop, job, job >= 5 ? random.Next(1, 5) : 1) };
            if (month is 4 or 5 or 10 or 11 && random.Chance(0.7))
            {
                lines.Add(Line(Tyres, 0, 1));
                lines.Add(Line(Tyres, 1, 1));
                if (random.Chance(0.15))
                {
                    lines.Add(Line(Tyres, random.Next(2, 6), 1));
                }
            }

            for (var parts = random.Next(0, 3); parts > 0; parts--)
            {
                lines.Add(Line(Parts, random.Next(0, 8), random.Next(1, 3)));
            }

            if (date >= chargingLaunch && random.Chance(0.1))
            {
                lines.Add(Line(Charging, random.Next(1, 5), 1));
            }

            if (date > today)
            {
                return;
            }

            invoices.Add(date, customer, advisor, lines);

            // A complaint now and then is credited in full.
            foreach (var line in lines.Where(_ => random.Chance(0.015)))
            {
                var creditDate = DemoCalendar.WorkingDayAfter(date, random.Next(3, 30));
                if (creditDate <= today)
                {
                    invoices.Add(creditDate, customer, advisor, [line.Credit(line.Quantity)]);
                }
            }
        }

        public void AddCarSale(int customer, int salesperson, int year, int fromMonth, int cars)
        {
            var date = DemoCalendar.WorkingDay(random, year, DemoCalendar.SeasonalMonth(random, CarSeasonality, fromMonth));
            if (date > today)
            {
                return;
            }

            var isNew = random.Chance(0.6);
            var lines = new List<InvoiceLine>
            {
                Line(isNew ? NewCars : UsedCars, random.Next(0, Groups[isNew ? NewCars : UsedCars].Items.Length), cars,
                    isNew ? random.Between(0.95, 1.05) : random.Between(0.6, 1.5)),
            };
            if (isNew && date >= chargingLaunch && random.Chance(0.5))
            {
                lines.Add(Line(Charging, 0, cars));
            }

            for (var extras = random.Next(0, 3); extras > 0; extras--)
            {
                lines.Add(Line(Parts, random.Next(0, 8), 1));
            }

            invoices.Add(date, customer, salesperson, lines);
        }

        private InvoiceLine Line(int group, int item, int quantity, double? priceFactor = null)
        {
            var spec = Groups[group];
            var price = decimal.Round((decimal)(spec.Items[item].Price * (priceFactor ?? random.Between(0.9, 1.1))), 0);
            var revenue = price * quantity;
            var margin = (decimal)random.Between(spec.MinMargin, spec.MaxMargin);
            return new InvoiceLine(productsByGroup[group][item], quantity, revenue, decimal.Round(revenue * (1 - margin), 2));
        }
    }

    private sealed record CentreSpec(string Code, string Name, int Salespeople, int Advisors, int Customers);

    private sealed record GroupSpec(string ExternalId, string Name, double MinMargin, double MaxMargin, bool IsNew,
        (string Name, int Price)[] Items);
}
