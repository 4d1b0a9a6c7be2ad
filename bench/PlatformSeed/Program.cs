using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core;
using Salgskraft.Core.Data;
using Salgskraft.Core.Organization;
using Salgskraft.Core.Sales;

// Usage: PlatformSeed LINES CUSTOMERS  (database from Salgskraft__Database__Provider / ConnectionStrings__Salgskraft)
// Migrates an empty database, adds company "bench" with 4 units, 40 salespeople and CUSTOMERS customers, writes LINES
// sales lines over 2024–2025 in the database itself (customers drawn Pareto-like, revenue with øre, cost 40–90 %, one
// credit in fifty; the same rows on every run), then times SalesAggregate.RefreshAsync over all of them.
var lines = long.Parse(args[0], CultureInfo.InvariantCulture);
var customers = int.Parse(args[1], CultureInfo.InvariantCulture);
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var services = new ServiceCollection().AddLogging().AddSalgskraftCore(configuration).BuildServiceProvider();
await using var scope = services.CreateAsyncScope();
var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
await DatabaseProviders.MigrateAsync(db);
var company = await scope.ServiceProvider.GetRequiredService<CompanyAdmin>().AddAsync("bench", "Bench AS");
var sqlite = db.Database.IsSqlite();

var clock = Stopwatch.StartNew();
await db.Database.ExecuteSqlRawAsync(sqlite ? SqliteSql.Master : PostgresSql.Master, company.Id, customers);
var (firstPerson, firstCustomer) = (
    await db.People.Where(p => p.CompanyId == company.Id).MinAsync(p => p.Id),
    await db.Customers.Where(c => c.CompanyId == company.Id).MinAsync(c => c.Id));
await db.Database.ExecuteSqlRawAsync(sqlite ? SqliteSql.Lines : PostgresSql.Lines, company.Id, lines, customers, firstCustomer, firstPerson);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed: {lines} lines, {customers} customers in {clock.Elapsed.TotalSeconds:F2} s"));

// As an import refreshes: in its transaction, after PostgreSQL has statistics of the new lines.
if (!sqlite)
{
    await db.Database.ExecuteSqlRawAsync("""ANALYZE "SalesLines" """);
}

clock.Restart();
await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
{
    await using var transaction = await db.Database.BeginTransactionAsync();
    await SalesAggregate.RefreshAsync(db, company.Id);
    await transaction.CommitAsync();
});
var rows = await db.CustomerMonthSales.CountAsync(s => s.CompanyId == company.Id);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"refresh: {clock.Elapsed.TotalSeconds:F2} s ({rows} aggregate rows)"));

internal static class SqliteSql
{
    public const string Master = """
        INSERT INTO "Units" ("CompanyId", "ExternalId", "Name")
          WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 4) SELECT {0}, 'U' || value, 'Unit ' || value FROM n;
        INSERT INTO "People" ("CompanyId", "ExternalId", "Name", "Role", "UnitId")
          WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 40)
          SELECT {0}, 'S' || value, 'Selger ' || value, 'Salesperson', (SELECT min("Id") FROM "Units" WHERE "CompanyId" = {0}) + (value % 4) FROM n;
        INSERT INTO "Customers" ("CompanyId", "ExternalId", "Name", "OwnerId", "Potential")
          WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < {1})
          SELECT {0}, 'K' || value, 'Kunde ' || value || ' AS', (SELECT min("Id") FROM "People" WHERE "CompanyId" = {0}) + (value % 40),
                 CASE WHEN value % 3 = 0 THEN NULL ELSE printf('%d.0', 100000 + (value * 7919) % 900000) END
          FROM n;
        """;

    // A multiplicative hash of the line number stands in for a seeded PRNG, so every run writes the same lines.
    public const string Lines = """
        INSERT INTO "SalesLines" ("CompanyId", "Date", "InvoiceNo", "LineNo", "CustomerId", "SalespersonId", "ProductId", "Quantity", "Revenue", "Cost")
        WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < {1})
        SELECT {0}, date('2024-01-01', '+' || (h % 730) || ' days'), 'F' || i, 1, {3} + k, {4} + ((k + 1) % 40), NULL, '1.0',
               printf('%s%d.%02d', CASE WHEN s THEN '-' ELSE '' END, ore / 100, ore % 100),
               printf('%s%d.%02d', CASE WHEN s THEN '-' ELSE '' END, (ore * p / 100) / 100, (ore * p / 100) % 100)
        FROM (
          SELECT value AS i, h,
                 min(CAST((u * u * u) * {2} AS INTEGER), {2} - 1) AS k,
                 100 + (h / 730) % 500000 AS ore, 40 + (h / 7) % 51 AS p, (h / 13) % 50 = 0 AS s
          FROM (SELECT value, (value * 2654435761) % 4294967291 AS h, ((value * 40503) % 1000003) / 1000003.0 AS u FROM n)
        );
        """;
}

internal static class PostgresSql
{
    public const string Master = """
        INSERT INTO "Units" ("CompanyId", "ExternalId", "Name") SELECT {0}, 'U' || v, 'Unit ' || v FROM generate_series(1, 4) v;
        INSERT INTO "People" ("CompanyId", "ExternalId", "Name", "Role", "UnitId")
          SELECT {0}, 'S' || v, 'Selger ' || v, 'Salesperson', (SELECT min("Id") FROM "Units" WHERE "CompanyId" = {0}) + (v % 4)
          FROM generate_series(1, 40) v;
        INSERT INTO "Customers" ("CompanyId", "ExternalId", "Name", "OwnerId", "Potential")
          SELECT {0}, 'K' || v, 'Kunde ' || v || ' AS', (SELECT min("Id") FROM "People" WHERE "CompanyId" = {0}) + (v % 40),
                 CASE WHEN v % 3 = 0 THEN NULL ELSE 100000 + (v::bigint * 7919) % 900000 END
          FROM generate_series(1, {1}) v;
        """;

    public const string Lines = """
        INSERT INTO "SalesLines" ("CompanyId", "Date", "InvoiceNo", "LineNo", "CustomerId", "SalespersonId", "ProductId", "Quantity", "Revenue", "Cost")
        SELECT {0}, date '2024-01-01' + (h % 730)::int, 'F' || i, 1, {3} + k, {4} + ((k + 1) % 40), NULL, 1,
               (CASE WHEN s THEN -1 ELSE 1 END) * ore / 100.0, (CASE WHEN s THEN -1 ELSE 1 END) * (ore * p / 100) / 100.0
        FROM (
          SELECT i, h, least(floor(u * u * u * {2})::int, {2} - 1) AS k,
                 100 + (h / 730) % 500000 AS ore, 40 + (h / 7) % 51 AS p, (h / 13) % 50 = 0 AS s
          FROM (SELECT i, (i * 2654435761) % 4294967291 AS h, ((i * 40503) % 1000003) / 1000003.0 AS u FROM generate_series(1::bigint, {1}) i) x
        ) y;
        """;
}
