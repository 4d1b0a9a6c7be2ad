using Salgskraft.Core.Demo;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Tests.Demo;

public sealed class DemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly IReadOnlyList<DemoSet> Sets = DemoData.Generate(Today);
    private static readonly DemoSet Regnskap = Sets.Single(s => s.Slug == DemoData.RegnskapPafunnSlug);
    private static readonly DemoSet Bilhuset = Sets.Single(s => s.Slug == DemoData.BilhusetNordSlug);

    [Fact]
    public void Generate_SameDayTwice_GivesIdenticalData()
    {
        var again = DemoData.Generate(Today);

        for (var i = 0; i < Sets.Count; i++)
        {
            Assert.Equal(Sets[i].Customers, again[i].Customers);
            Assert.Equal(Sets[i].Products, again[i].Products);
            Assert.Equal(Sets[i].People, again[i].People);
            Assert.Equal(Sets[i].Lines, again[i].Lines);
        }
    }

    [Fact]
    public void Generate_FixedDay_MatchesRecordedFingerprint()
    {
        // Recorded once; a change here means the demo data changed (on purpose, or by a platform difference).
        var fingerprint = Sets.Select(s => (s.Slug, s.Lines.Count, s.Lines.Sum(l => l.Revenue), s.Lines.Sum(l => l.Cost)));

        Assert.Equal(
            [("regnskap-pafunn", 36_724, 166_614_818.66m, 126_097_423.24m), ("bilhuset-nord", 5_234, 117_695_049m, 101_721_045.04m)],
            fingerprint);
    }

    [Fact]
    public void Generate_RegnskapPafunn_HasDirectorManagerAndTwoTeamsOfThree()
    {
        Assert.Equal([("RP", null), ("RP-OSL", "RP"), ("RP-BGO", "RP")], Regnskap.Units.Select(u => (u.ExternalId, u.ParentExternalId)));
        Assert.Single(Regnskap.People, p => p is { Name: "Kari Nordmann", Role: PersonRole.Director, UnitExternalId: "RP" });
        Assert.Single(Regnskap.People, p => p is { Name: "Mats Berg", Role: PersonRole.SalesManager, UnitExternalId: "RP" });
        Assert.Equal(3, Regnskap.People.Count(p => p is { Role: PersonRole.Salesperson, UnitExternalId: "RP-OSL" }));
        Assert.Equal(3, Regnskap.People.Count(p => p is { Role: PersonRole.Salesperson, UnitExternalId: "RP-BGO" }));
        Assert.Single(Regnskap.People, p => p is { Name: "Sara Lunde", Role: PersonRole.Salesperson }
            && p.ExternalId == DemoData.SteeringPlatformPersonExternalId);
    }

    [Fact]
    public void Generate_RegnskapPafunn_HasDesignedCustomersAndCatalogue()
    {
        Assert.Equal(300, Regnskap.Customers.Count);
        Assert.Equal(500, Regnskap.Products.Count);
        Assert.Equal(10, Regnskap.ProductGroups.Count);
        Assert.Equal(2, Regnskap.ProductGroups.Count(g => g.IsNew));
        Assert.Contains(Regnskap.ProductGroups, g => g.ExternalId == DemoData.NewProductAreaGroupExternalId && g.IsNew);
        Assert.All(Regnskap.ProductGroups, g => Assert.Equal(50, Regnskap.Products.Count(p => p.GroupExternalId == g.ExternalId)));
        Assert.All(Sets.SelectMany(s => s.Customers), c => Assert.True(c.Potential > 0));
        Assert.Equal(Regnskap.Customers.Count, Regnskap.Customers.Select(c => c.ExternalId).Distinct().Count());
        Assert.Equal(Regnskap.Customers.Count, Regnskap.Customers.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Generate_BilhusetNord_HasImporterWithThreeStaffedDealerCentres()
    {
        var root = Assert.Single(Bilhuset.Units, u => u.ParentExternalId is null);
        var centres = Bilhuset.Units.Where(u => u.ParentExternalId == root.ExternalId).ToList();

        Assert.Equal(3, centres.Count);
        Assert.Single(Bilhuset.People, p => p.Role == PersonRole.Director && p.UnitExternalId == root.ExternalId);
        Assert.All(centres, centre =>
        {
            var staff = Bilhuset.People.Where(p => p.UnitExternalId == centre.ExternalId).ToList();
            Assert.Single(staff, p => p.Role == PersonRole.GeneralManager);
            Assert.Single(staff, p => p.Role == PersonRole.SalesManager);
            Assert.Single(staff, p => p.Role == PersonRole.ServiceManager);
            Assert.InRange(staff.Count(p => p.Role == PersonRole.Salesperson), 2, 3);
            Assert.InRange(staff.Count(p => p.Role == PersonRole.ServiceAdvisor), 1, 2);
            Assert.Contains(Bilhuset.Customers, c => c.UnitExternalId == centre.ExternalId);
        });
    }

    [Fact]
    public void Generate_Customers_AreOwnedBySalespeopleOfTheirUnit()
    {
        foreach (var set in Sets)
        {
            Assert.All(set.Customers, c =>
            {
                var owner = set.People.Single(p => p.ExternalId == c.OwnerExternalId);
                Assert.Equal(PersonRole.Salesperson, owner.Role);
                Assert.Equal(owner.UnitExternalId, c.UnitExternalId);
            });
        }
    }

    [Theory]
    [InlineData("2026-11-23")]
    [InlineData("2027-01-04")]
    [InlineData("2030-07-15")]
    public void Generate_AnyDay_LinesCoverTwoFullYearsAndTheYearToDate(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var lines = DemoData.Generate(today).SelectMany(s => s.Lines).ToList();

        // Early in January the current year adds almost nothing to the two full years.
        Assert.InRange(lines.Count, 25_000, 60_000);
        Assert.Equal((today.Year - 2, 1), (lines.Min(l => l.Date).Year, lines.Min(l => l.Date).Month));
        Assert.True(lines.Max(l => l.Date) <= today);
    }

    [Fact]
    public void Generate_Today_MakesBetween30And60ThousandLines() =>
        Assert.InRange(Sets.Sum(s => s.Lines.Count), 30_000, 60_000);

    [Fact]
    public void Generate_Lines_AreUniqueByInvoiceAndLineNo()
    {
        foreach (var set in Sets)
        {
            Assert.Equal(set.Lines.Count, set.Lines.Select(l => (l.InvoiceNo, l.LineNo)).Distinct().Count());
        }
    }

    [Fact]
    public void Generate_BothCompanies_IncludeCreditNotes()
    {
        foreach (var set in Sets)
        {
            var credits = set.Lines.Where(l => l.Revenue < 0).ToList();
            Assert.NotEmpty(credits);
            Assert.All(credits, l => Assert.True(l.Quantity < 0 && l.Cost < 0));
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Generate_RegnskapPafunn_TopFifthOfCustomersMakeAtLeast60PercentOfRevenue(int year)
    {
        var revenues = PerCustomer(Regnskap, year).Values.Select(v => v.Revenue).Where(r => r > 0).OrderDescending().ToList();

        var topShare = revenues.Take(revenues.Count / 5).Sum() / revenues.Sum();

        Assert.True(topShare >= 0.60m, $"top 20 % make {topShare:P1}");
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Generate_RegnskapPafunn_CustomerMarginsLieBetween5And40Percent(int year)
    {
        var margins = PerCustomer(Regnskap, year).Values.Where(v => v.Revenue > 0).Select(v => (v.Revenue - v.Cost) / v.Revenue);

        Assert.All(margins, m => Assert.InRange(m, 0.05m, 0.40m));
    }

    [Theory]
    [InlineData("2026-11-23", 2024)]
    [InlineData("2026-11-23", 2025)]
    [InlineData("2026-11-23", 2026)]
    [InlineData("2027-01-04", 2026)]
    [InlineData("2030-07-15", 2029)]
    public void Generate_RegnskapPafunn_CustomerPlatformShowsAllFourGroups(string day, int year)
    {
        var set = DemoData.Generate(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))[0];

        var groups = DemoPlatform.Classify(PerCustomer(set, year));

        Assert.All(Enum.GetValues<DemoPlatform.Group>(), g => Assert.Contains(g, groups.Values));
    }

    [Fact]
    public void Generate_RegnskapPafunn_HasNewAndLostCustomers()
    {
        var years = Regnskap.Lines.GroupBy(l => l.Customer).ToDictionary(g => g.Key, g => g.Select(l => l.Date.Year).ToHashSet());

        var newThisYear = years.Count(y => y.Value.Min() == Today.Year);
        var lostThisYear = years.Count(y => y.Value.Contains(Today.Year - 1) && !y.Value.Contains(Today.Year));

        Assert.InRange(newThisYear, 10, 40);
        Assert.InRange(lostThisYear, 5, 40);
    }

    [Fact]
    public void Generate_RegnskapPafunn_HasLowJulyAndHighFourthQuarter()
    {
        var months = Regnskap.Lines.Where(l => l.Date.Year == Today.Year - 1)
            .GroupBy(l => l.Date.Month).ToDictionary(g => g.Key, g => g.Sum(l => l.Revenue));
        var average = months.Values.Average();

        Assert.True(months[7] < 0.6m * average);
        Assert.True((months[10] + months[11] + months[12]) / 3 > 1.1m * average);
    }

    [Fact]
    public void Generate_RegnskapPafunn_SteeringPlatformSalespersonSellsAboutTenMillionAYear()
    {
        var sara = Regnskap.People.ToList().FindIndex(p => p.ExternalId == DemoData.SteeringPlatformPersonExternalId);

        var lastYear = Regnskap.Lines.Where(l => l.Salesperson == sara && l.Date.Year == Today.Year - 1).Sum(l => l.Revenue);

        Assert.InRange(lastYear, 8_000_000m, 12_000_000m);
    }

    private static Dictionary<int, (decimal Revenue, decimal Cost)> PerCustomer(DemoSet set, int year) =>
        set.Lines.Where(l => l.Date.Year == year).GroupBy(l => l.Customer)
            .ToDictionary(g => g.Key, g => (g.Sum(l => l.Revenue), g.Sum(l => l.Cost)));
}
