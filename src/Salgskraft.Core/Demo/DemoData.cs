using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Demo;

/// <summary>
/// The demo companies a newcomer logs in to: <i>Regnskap Påfunn AS</i> (one sales organisation, three years of
/// figures that fill the customer platform) and <i>Bilhuset Nord AS</i> (an importer with three dealer centres, to
/// show units and the isolation between companies).
/// </summary>
/// <remarks>
/// The data is generated from a fixed seed with an explicit PRNG, so every machine gets the same customers, products
/// and lines for the same day. Dates follow the clock: "the last three years" are the current year to date and the
/// two full calendar years before it (on 2026-11-23: 2024, 2025 and 2026 up to that day). Nothing is dated after today.
/// </remarks>
public static class DemoData
{
    /// <summary>The one password of every demo login (meets the 12-character policy).</summary>
    public const string Password = "Salgskraft-demo-2026";

    public const ulong Seed = 2025;

    public const string RegnskapPafunnSlug = RegnskapPafunnGenerator.Slug;

    public const string BilhusetNordSlug = BilhusetNordGenerator.Slug;

    /// <summary>
    /// Sara Lunde of Regnskap Påfunn, the salesperson whose individual steering platform (DOMAIN.md §2) the goals
    /// feature seeds. Her login is <c>sara@regnskap-pafunn.no</c>.
    /// </summary>
    public const string SteeringPlatformPersonExternalId = "SL";

    /// <summary>Regnskap Påfunn's new product area (<i>Bærekraftsrapportering</i>), the steering platform's "product area Y".</summary>
    public const string NewProductAreaGroupExternalId = "09";

    /// <summary>
    /// Every membership the demo creates, one entry per login and company: the administrator appears once for each
    /// company, which is what puts the company switcher in front of them.
    /// </summary>
    public static readonly IReadOnlyList<DemoLogin> Logins =
    [
        new("direktor@regnskap-pafunn.no", Password, AccessRole.Director, RegnskapPafunnSlug, "KN"),
        new("mats@regnskap-pafunn.no", Password, AccessRole.Manager, RegnskapPafunnSlug, "MB"),
        new("sara@regnskap-pafunn.no", Password, AccessRole.Salesperson, RegnskapPafunnSlug, SteeringPlatformPersonExternalId),
        new("jonas@regnskap-pafunn.no", Password, AccessRole.Salesperson, RegnskapPafunnSlug, "JH"),
        new("admin@salgskraft.no", Password, AccessRole.Administrator, RegnskapPafunnSlug, null),
        new("admin@salgskraft.no", Password, AccessRole.Administrator, BilhusetNordSlug, null),
        new("direktor@bilhuset-nord.no", Password, AccessRole.Director, BilhusetNordSlug, "BN-DL"),
        new("salgssjef.tromso@bilhuset-nord.no", Password, AccessRole.Manager, BilhusetNordSlug, "TOS-SS"),
        new("selger.tromso@bilhuset-nord.no", Password, AccessRole.Salesperson, BilhusetNordSlug, "TOS-S1"),
    ];

    /// <summary>True when the database holds no company, the only state the demo may be loaded into.</summary>
    public static async Task<bool> IsDatabaseEmptyAsync(SalgskraftDbContext db, CancellationToken cancellationToken = default) =>
        !await db.Companies.AnyAsync(cancellationToken);

    /// <summary>
    /// Loads both demo companies and their logins in one transaction and returns <see cref="Logins"/>.
    /// Refuses with <see cref="ValidationFailedException"/> when the database already holds a company, so calling
    /// it on every start is safe. <paramref name="users"/> and <paramref name="companies"/> must work on the same
    /// <paramref name="db"/> (resolve all three from one DI scope) for the whole load to share the transaction.
    /// The schema must be migrated first.
    /// </summary>
    public static async Task<IReadOnlyList<DemoLogin>> LoadAsync(SalgskraftDbContext db, UserAdmin users,
        CompanyAdmin companies, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var sets = Generate(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

        // A retrying provider (PostgreSQL) only allows a transaction inside its execution strategy.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await IsDatabaseEmptyAsync(db, ct))
            {
                throw ValidationFailedException.English("database",
                    "The database already holds companies; the demo data is loaded only into an empty database.");
            }

            foreach (var set in sets)
            {
                await LoadSetAsync(db, companies, set, ct);
            }

            await DemoActivities.LoadAsync(db, sets, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);

            foreach (var login in Logins)
            {
                await users.AddAsync(login.Email, login.Company, login.Role, login.PersonExternalId, login.Password, ct);
            }

            await DemoGoals.LoadAsync(db, clock.GetUtcNow(), ct);

            await transaction.CommitAsync(ct);
            return Logins;
        }, cancellationToken);
    }

    /// <summary>The demo companies as plain data for the given day; the same day always gives the same data.</summary>
    internal static IReadOnlyList<DemoSet> Generate(DateOnly today) =>
    [
        RegnskapPafunnGenerator.Generate(today, new DemoRandom(Seed)),
        BilhusetNordGenerator.Generate(today, new DemoRandom(Seed + 1)),
    ];

    private static async Task LoadSetAsync(SalgskraftDbContext db, CompanyAdmin companies, DemoSet set, CancellationToken ct)
    {
        var company = await companies.AddAsync(set.Slug, set.Name, "NOK", Cultures.Default, ct);

        // Tens of thousands of new rows: nothing to detect, so skip the scans and add explicitly.
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var unitIds = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var u in set.Units)
            {
                var unit = new Unit
                {
                    CompanyId = company.Id,
                    ExternalId = u.ExternalId,
                    Name = u.Name,
                    ParentId = u.ParentExternalId is null ? null : unitIds[u.ParentExternalId],
                };
                db.Units.Add(unit);
                await db.SaveChangesAsync(ct);
                unitIds[u.ExternalId] = unit.Id;
            }

            var people = set.People.Select(p => new Person
            {
                CompanyId = company.Id,
                ExternalId = p.ExternalId,
                Name = p.Name,
                Email = p.Email,
                Role = p.Role,
                UnitId = unitIds[p.UnitExternalId],
                StartDate = p.StartDate,
            }).ToList();
            db.People.AddRange(people);

            var groups = set.ProductGroups.Select(g => new ProductGroup
            {
                CompanyId = company.Id,
                ExternalId = g.ExternalId,
                Name = g.Name,
                IsNew = g.IsNew,
            }).ToList();
            db.ProductGroups.AddRange(groups);
            await db.SaveChangesAsync(ct);

            var personIds = people.ToDictionary(p => p.ExternalId, p => p.Id, StringComparer.Ordinal);
            var groupIds = groups.ToDictionary(g => g.ExternalId, g => g.Id, StringComparer.Ordinal);
            var products = set.Products.Select(p => new Product
            {
                CompanyId = company.Id,
                ExternalId = p.ExternalId,
                Name = p.Name,
                ProductGroupId = groupIds[p.GroupExternalId],
                IsNew = p.IsNew,
            }).ToList();
            db.Products.AddRange(products);
            var customers = set.Customers.Select(c => new Customer
            {
                CompanyId = company.Id,
                ExternalId = c.ExternalId,
                Name = c.Name,
                Segment = c.Segment,
                OwnerId = personIds[c.OwnerExternalId],
                UnitId = unitIds[c.UnitExternalId],
                Potential = c.Potential,
            }).ToList();
            db.Customers.AddRange(customers);
            await db.SaveChangesAsync(ct);

            await BulkInsert.InsertAsync(db, SalesLineColumns.Table, SalesLineColumns.All, set.Lines.Select(l => new SalesLine
                {
                    CompanyId = company.Id,
                    Date = l.Date,
                    InvoiceNo = l.InvoiceNo,
                    LineNo = l.LineNo,
                    CustomerId = customers[l.Customer].Id,
                    SalespersonId = people[l.Salesperson].Id,
                    ProductId = products[l.Product].Id,
                    Quantity = l.Quantity,
                    Revenue = l.Revenue,
                    Cost = l.Cost,
                }), ct);
            await SalesAggregate.RefreshAsync(db, company.Id, cancellationToken: ct);
            db.ChangeTracker.Clear();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }
}
