using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Testing;

/// <summary>
/// Two small companies with every role, for access-rule tests. Alfa has a unit tree
/// (root → north → north-1, root → south); Beta is the other tenant nobody in Alfa may see.
/// Every figure a test asserts is written out here, next to the lines it comes from.
/// </summary>
public sealed class TestOrganization
{
    public const string Password = "correct horse battery";
    public const string AlfaSlug = "alfa";
    public const string BetaSlug = "beta";

    public const string AlfaDirector = "director@alfa.test";
    public const string AlfaAdmin = "admin@alfa.test";
    public const string AlfaManagerNorth = "manager@alfa.test";
    public const string AlfaSeller1 = "seller1@alfa.test";
    public const string AlfaSeller2 = "seller2@alfa.test";
    public const string BetaDirector = "director@beta.test";
    public const string BetaSeller = "seller@beta.test";

    /// <summary>The test clock's date; "this year to date" is 1 January – 30 June 2026.</summary>
    public static readonly DateOnly Today = new(2026, 6, 30);

    // Year-to-date 2026 per seller (revenue, cost): seller 1 = 1000.50 + 500 − 200 and 600.25 + 100 − 120.
    public const decimal Seller1Revenue = 1300.50m;
    public const decimal Seller1Cost = 580.25m;
    public const decimal Seller2Revenue = 3000m;
    public const decimal Seller2Cost = 2000m;
    public const decimal Seller1RevenueLastYearSamePeriod = 800m;
    public const decimal BetaRevenue = 9999m;

    public int AlfaId { get; private set; }
    public int BetaId { get; private set; }
    public int Seller1CustomerId { get; private set; }
    public int Seller2CustomerId { get; private set; }
    public int BetaCustomerId { get; private set; }
    public int NorthUnitId { get; private set; }
    public int SouthUnitId { get; private set; }
    public int Seller1PersonId { get; private set; }

    public static Task<TestOrganization> SeedAsync(SalgskraftApp app) => app.WithServicesAsync(SeedAsync);

    public static async Task<TestOrganization> SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<SalgskraftDbContext>();
        var companies = services.GetRequiredService<CompanyAdmin>();
        var users = services.GetRequiredService<UserAdmin>();
        var org = new TestOrganization();

        var alfa = await companies.AddAsync(AlfaSlug, "Alfa Salg AS");
        var beta = await companies.AddAsync(BetaSlug, "Beta Handel A/S", "DKK", "da-DK");
        org.AlfaId = alfa.Id;
        org.BetaId = beta.Id;

        var root = new Unit { CompanyId = alfa.Id, ExternalId = "A", Name = "Alfa" };
        db.Units.Add(root);
        await db.SaveChangesAsync();
        var north = new Unit { CompanyId = alfa.Id, ExternalId = "N", Name = "Nord", ParentId = root.Id };
        var south = new Unit { CompanyId = alfa.Id, ExternalId = "S", Name = "Sør", ParentId = root.Id };
        db.Units.AddRange(north, south);
        await db.SaveChangesAsync();
        var north1 = new Unit { CompanyId = alfa.Id, ExternalId = "N1", Name = "Nord 1", ParentId = north.Id };
        var betaRoot = new Unit { CompanyId = beta.Id, ExternalId = "B", Name = "Beta" };
        db.Units.AddRange(north1, betaRoot);
        await db.SaveChangesAsync();
        org.NorthUnitId = north.Id;
        org.SouthUnitId = south.Id;

        var director = Person(alfa.Id, "P-DIR", "Dina Direktør", PersonRole.Director, root.Id);
        var manager = Person(alfa.Id, "P-MGR", "Mats Nord", PersonRole.SalesManager, north.Id);
        var seller1 = Person(alfa.Id, "P-S1", "Siri Selger", PersonRole.Salesperson, north1.Id);
        var seller2 = Person(alfa.Id, "P-S2", "Sander Sør", PersonRole.Salesperson, south.Id);
        var betaSeller = Person(beta.Id, "P-BS", "Bo Sælger", PersonRole.Salesperson, betaRoot.Id);
        db.People.AddRange(director, manager, seller1, seller2, betaSeller);
        await db.SaveChangesAsync();
        org.Seller1PersonId = seller1.Id;

        var c1 = Customer(alfa.Id, "K1", "Kunde En AS", seller1.Id, north1.Id);
        var c2 = Customer(alfa.Id, "K2", "Kunde To AS", seller2.Id, south.Id);
        var c3 = Customer(alfa.Id, "K3", "Kunde Tre AS", seller1.Id, north1.Id);
        var b1 = Customer(beta.Id, "K1", "Kunde Beta ApS", betaSeller.Id, betaRoot.Id);
        db.Customers.AddRange(c1, c2, c3, b1);
        await db.SaveChangesAsync();
        org.Seller1CustomerId = c1.Id;
        org.Seller2CustomerId = c2.Id;
        org.BetaCustomerId = b1.Id;

        db.SalesLines.AddRange(
            Line(alfa.Id, "2026-02-10", "F1", c1.Id, seller1.Id, 1000.50m, 600.25m),
            Line(alfa.Id, "2026-03-01", "F2", c3.Id, seller1.Id, 500m, 100m),
            Line(alfa.Id, "2026-04-01", "F3", c1.Id, seller1.Id, -200m, -120m),
            Line(alfa.Id, "2026-02-01", "F4", c2.Id, seller2.Id, 3000m, 2000m),
            Line(alfa.Id, "2026-07-15", "F5", c2.Id, seller2.Id, 123m, 23m),
            Line(alfa.Id, "2025-02-01", "F6", c1.Id, seller1.Id, 800m, 500m),
            Line(alfa.Id, "2025-09-01", "F7", c1.Id, seller1.Id, 50m, 10m),
            Line(alfa.Id, "2025-03-01", "F8", c2.Id, seller2.Id, 1000m, 900m),
            Line(beta.Id, "2026-01-15", "F1", b1.Id, betaSeller.Id, BetaRevenue, 1m));
        await db.SaveChangesAsync();

        await users.AddAsync(AlfaDirector, AlfaSlug, AccessRole.Director, "P-DIR", Password);
        await users.AddAsync(AlfaAdmin, AlfaSlug, AccessRole.Administrator, null, Password);
        await users.AddAsync(AlfaAdmin, BetaSlug, AccessRole.Administrator, null, Password);
        await users.AddAsync(AlfaManagerNorth, AlfaSlug, AccessRole.Manager, "P-MGR", Password);
        await users.AddAsync(AlfaSeller1, AlfaSlug, AccessRole.Salesperson, "P-S1", Password);
        await users.AddAsync(AlfaSeller2, AlfaSlug, AccessRole.Salesperson, "P-S2", Password);
        await users.AddAsync(BetaDirector, BetaSlug, AccessRole.Director, null, Password);
        await users.AddAsync(BetaSeller, BetaSlug, AccessRole.Salesperson, "P-BS", Password);
        return org;
    }

    private static Person Person(int companyId, string id, string name, PersonRole role, int unitId) =>
        new() { CompanyId = companyId, ExternalId = id, Name = name, Role = role, UnitId = unitId, StartDate = new DateOnly(2020, 1, 1) };

    private static Customer Customer(int companyId, string id, string name, int ownerId, int unitId) =>
        new() { CompanyId = companyId, ExternalId = id, Name = name, OwnerId = ownerId, UnitId = unitId };

    private static SalesLine Line(int companyId, string date, string invoice, int customerId, int sellerId, decimal revenue, decimal cost) =>
        new()
        {
            CompanyId = companyId,
            Date = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            InvoiceNo = invoice,
            LineNo = 1,
            CustomerId = customerId,
            SalespersonId = sellerId,
            Quantity = 1,
            Revenue = revenue,
            Cost = cost,
        };
}
