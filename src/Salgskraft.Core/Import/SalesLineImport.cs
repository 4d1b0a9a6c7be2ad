using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Salgskraft.Core.Data;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Import;

/// <summary>
/// Sales lines, which may come by the million. One streaming pass validates every row and copies the valid ones
/// into a temporary staging table with the engine's bulk path (binary COPY, prepared batched INSERTs); only the
/// distinct customers, products, groups and salespeople are kept in memory. Duplicate keys, line numbers by
/// position and the upsert itself are then set operations in the database, so memory stays flat whatever the
/// file's size. A line is identified by invoice no + line no; without an invoice number, by date and customer.
/// </summary>
internal static class SalesLineImport
{
    private const string Stage = "import_sales_stage";
    private const string NewRefs = "import_new_refs";
    private const int IdLength = ImportRun.IdLength;

    /// <summary>Added lines above which PostgreSQL's statistics of the sales lines are renewed before the refresh.</summary>
    private const int StatisticsAfter = 10_000;

    private sealed record StagedLine(long Line, DateOnly Date, string InvoiceNo, int? LineNo, string Customer, string? Salesperson,
        string? Product, decimal Quantity, decimal Revenue, decimal Cost);

    private sealed class References
    {
        public Dictionary<string, (string? Name, long Line)> Customers { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> People { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (string? Group, long Line)> Products { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> Groups { get; } = new(StringComparer.Ordinal);

        public bool MissingLineNumbers { get; set; }

        /// <summary>
        /// Set when the company has no lines yet: the month aggregate summed while the file is read, so the import need
        /// not read its lines back to refresh it (<see cref="SalesAggregate.AddSummedAsync"/>).
        /// </summary>
        public MonthSums? Sums { get; init; }

        /// <summary>With <see cref="Sums"/>: whether each of the company's products counts as new (it or its group marked new).</summary>
        public Dictionary<string, bool> KnownProducts { get; init; } = [];

        /// <summary>With <see cref="Sums"/>: the company's product groups marked new.</summary>
        public HashSet<string> NewGroups { get; init; } = [];

        /// <summary>Whether a line's product counts as new, as <see cref="SalesAggregate"/>'s SQL will see it after the import.</summary>
        public bool IsNew(string? product) =>
            product is not null && (KnownProducts.TryGetValue(product, out var isNew) ? isNew : Products[product].Group is { } g && NewGroups.Contains(g));
    }

    private static readonly BulkColumn<StagedLine>[] Columns =
    [
        new("line", NpgsqlDbType.Bigint, l => l.Line),
        new("date", NpgsqlDbType.Date, l => l.Date),
        new("invoice_no", NpgsqlDbType.Varchar, l => l.InvoiceNo),
        new("line_no", NpgsqlDbType.Integer, l => l.LineNo),
        new("customer", NpgsqlDbType.Varchar, l => l.Customer),
        new("salesperson", NpgsqlDbType.Varchar, l => l.Salesperson),
        new("product", NpgsqlDbType.Varchar, l => l.Product),
        new("quantity", NpgsqlDbType.Numeric, l => l.Quantity),
        new("revenue", NpgsqlDbType.Numeric, l => l.Revenue),
        new("cost", NpgsqlDbType.Numeric, l => l.Cost),
    ];

    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            // The default 2 MB page cache thrashes on the sales lines' five indexes; 64 MB helps while inserting
            // (128 MB measured no faster and put a 1 M line import at 418 MB peak working set).
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", ct);
        }

        await DropTempTablesAsync(db, sqlite, ct);
        await db.Database.ExecuteSqlRawAsync(sqlite ? SqliteStage : PostgresStage, ct);
        await db.Database.ExecuteSqlRawAsync(sqlite ? SqliteNewRefs : PostgresNewRefs, ct);
        try
        {
            var refs = await ReferencesAsync(run, ct);
            var staged = await BulkInsert.InsertAsync(db, Stage, Columns, Validate(run, refs), ct);
            if (!sqlite)
            {
                // Autovacuum never analyzes temporary tables; without statistics the planner joins a million rows in loops.
                await db.Database.ExecuteSqlRawAsync($"ANALYZE {Stage}", ct);
            }

            await CheckReferencesAsync(run, refs, ct);
            if (!run.Errors.HasErrors)
            {
                if (refs.MissingLineNumbers)
                {
                    await NumberLinesAsync(db, ct);
                }

                await FindDuplicatesAsync(run, ct);
            }

            if (run.Errors.HasErrors)
            {
                return;
            }

            await CreateReferencesAsync(run, refs, ct);
            await UpsertAsync(run, sqlite, staged, refs.Sums, ct);
        }
        finally
        {
            if (sqlite)
            {
                await DropTempTablesAsync(db, sqlite, ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", ct);
            }
        }
    }

    /// <summary>SQLite keeps temporary tables with the (pooled) connection; PostgreSQL drops them at commit.</summary>
    private static async Task DropTempTablesAsync(SalgskraftDbContext db, bool sqlite, CancellationToken ct)
    {
        var schema = sqlite ? "temp." : "";
        foreach (var table in new[] { Stage, NewRefs })
        {
            var drop = $"DROP TABLE IF EXISTS {schema}{table}";
            await db.Database.ExecuteSqlRawAsync(drop, ct);
        }
    }

    /// <summary>Checks every row; yields the valid ones for staging until the first error (then only checks).</summary>
    private static IEnumerable<StagedLine> Validate(ImportRun run, References refs)
    {
        var hasCost = run.IsMapped("cost");
        var hasContribution = run.IsMapped("contribution");
        foreach (var row in run.ReadRows())
        {
            var customer = run.Text(row, "customer_id", IdLength);
            var invoice = run.Text(row, "invoice_no", IdLength);
            var salesperson = run.Text(row, "salesperson_id", IdLength);
            var product = run.Text(row, "product_id", IdLength);
            var group = run.Text(row, "product_group", IdLength);
            var name = run.Text(row, "customer_name", 200);
            var date = row.GetDate("date");
            var revenue = row.GetDecimal("revenue");
            if (!row.IsValid || customer is null || date is null || revenue is null)
            {
                continue;
            }

            invoice ??= string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd}-{customer}");
            if (invoice.Length > IdLength)
            {
                run.Error(row, "customer_id", customer, ImportReasons.DerivedInvoiceTooLong(invoice, IdLength));
                continue;
            }

            var cost = hasCost ? row.GetDecimal("cost") ?? 0m
                : hasContribution ? revenue.Value - (row.GetDecimal("contribution") ?? 0m)
                : 0m;

            if (!refs.Customers.TryGetValue(customer, out var known) || (known.Name is null && name is not null))
            {
                refs.Customers[customer] = (name ?? known.Name, known.Line == 0 ? row.Line : known.Line);
            }

            if (salesperson is not null)
            {
                refs.People.TryAdd(salesperson, row.Line);
            }

            if (group is not null)
            {
                refs.Groups.TryAdd(group, row.Line);
            }

            if (product is not null && (!refs.Products.TryGetValue(product, out var p) || (p.Group is null && group is not null)))
            {
                if (p.Line != 0 && group is not null && refs.NewGroups.Contains(group) && !refs.KnownProducts.ContainsKey(product))
                {
                    // The product the file creates gets this group, marked new, after earlier lines were summed as not new.
                    refs.Sums?.GiveUp();
                }

                refs.Products[product] = (group ?? p.Group, p.Line == 0 ? row.Line : p.Line);
            }

            var lineNo = row.GetInt("line_no");
            refs.MissingLineNumbers |= lineNo is null;
            if (!run.Errors.HasErrors)
            {
                refs.Sums?.Add(customer, salesperson, date.Value, revenue.Value, cost, refs.IsNew(product));
                yield return new StagedLine(row.Line, date.Value, invoice, lineNo, customer, salesperson, product,
                    row.GetDecimal("quantity") ?? 0m, revenue.Value, cost);
            }
        }
    }

    /// <summary>
    /// The file's references, to be collected while reading; for a company without lines also what the month sums need
    /// to know of its products beforehand.
    /// </summary>
    private static async Task<References> ReferencesAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        if (await db.SalesLines.AnyAsync(l => l.CompanyId == company, ct))
        {
            return new References();
        }

        var newGroups = await db.ProductGroups.Where(g => g.CompanyId == company && g.IsNew).Select(g => new { g.Id, g.ExternalId }).ToListAsync(ct);
        var newGroupIds = newGroups.Select(g => g.Id).ToHashSet();
        var products = await db.Products.Where(p => p.CompanyId == company).Select(p => new { p.ExternalId, p.IsNew, p.ProductGroupId }).ToListAsync(ct);
        return new References
        {
            Sums = new MonthSums(),
            KnownProducts = products.ToDictionary(p => p.ExternalId, p => p.IsNew || (p.ProductGroupId is { } g && newGroupIds.Contains(g)), StringComparer.Ordinal),
            NewGroups = [.. newGroups.Select(g => g.ExternalId)],
        };
    }

    /// <summary>Under <c>--strict</c> a name not yet known is an error at the first line that uses it.</summary>
    private static async Task CheckReferencesAsync(ImportRun run, References refs, CancellationToken ct)
    {
        if (!run.Request.Strict)
        {
            return;
        }

        var db = run.Db;
        var company = run.CompanyId;
        var customers = await Known(db.Customers.Where(c => c.CompanyId == company).Select(c => c.ExternalId), ct);
        var people = await Known(db.People.Where(p => p.CompanyId == company).Select(p => p.ExternalId), ct);
        var products = await Known(db.Products.Where(p => p.CompanyId == company).Select(p => p.ExternalId), ct);
        var groups = await Known(db.ProductGroups.Where(g => g.CompanyId == company).Select(g => g.ExternalId), ct);
        var unknown = refs.Customers.Where(c => !customers.Contains(c.Key)).Select(c => (c.Value.Line, "customer_id", c.Key, ImportReasons.StrictUnknownCustomer(c.Key)))
            .Concat(refs.People.Where(p => !people.Contains(p.Key)).Select(p => (p.Value, "salesperson_id", p.Key, ImportReasons.StrictUnknownSalesperson(p.Key))))
            .Concat(refs.Products.Where(p => !products.Contains(p.Key)).Select(p => (p.Value.Line, "product_id", p.Key, ImportReasons.StrictUnknownProduct(p.Key))))
            .Concat(refs.Groups.Where(g => !groups.Contains(g.Key)).Select(g => (g.Value, "product_group", g.Key, ImportReasons.StrictUnknownProductGroup(g.Key))))
            .OrderBy(u => u.Item1);
        foreach (var (line, field, value, reason) in unknown)
        {
            run.Errors.Add(line, run.Column(field), value, reason);
        }
    }

    private static async Task<HashSet<string>> Known(IQueryable<string> ids, CancellationToken ct) =>
        new(await ids.ToListAsync(ct), StringComparer.Ordinal);

    /// <summary>A line without a line number is numbered by its position among its invoice's lines in the file.</summary>
    private static async Task NumberLinesAsync(SalgskraftDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync($"""
            UPDATE {Stage} SET line_no = n.rn
            FROM (SELECT line, ROW_NUMBER() OVER (PARTITION BY invoice_no ORDER BY line) AS rn FROM {Stage}) AS n
            WHERE {Stage}.line = n.line AND {Stage}.line_no IS NULL
            """, ct);
    }

    private sealed record Duplicate(long Line, string InvoiceNo, int LineNo, long First);

    private static async Task FindDuplicatesAsync(ImportRun run, CancellationToken ct)
    {
        var sql = $"""
            SELECT line AS "Line", invoice_no AS "InvoiceNo", line_no AS "LineNo", first AS "First"
            FROM (SELECT line, invoice_no, line_no, MIN(line) OVER (PARTITION BY invoice_no, line_no) AS first FROM {Stage}) AS d
            WHERE line <> first ORDER BY line
            """;
        var duplicates = run.Db.Database.SqlQueryRaw<Duplicate>(sql).AsAsyncEnumerable();
        await foreach (var d in duplicates.WithCancellation(ct))
        {
            run.Errors.Add(d.Line, run.Column("invoice_no"), d.InvoiceNo,
                ImportReasons.DuplicateInvoiceLine(d.InvoiceNo, d.LineNo, d.First));
        }
    }

    /// <summary>
    /// Creates, with the names the file gives, what the lines name but the company does not have yet. A file may
    /// name tens of thousands of new customers, so they are bulk-inserted and recorded for undo in SQL.
    /// </summary>
    private static async Task CreateReferencesAsync(ImportRun run, References refs, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var groups = await Known(db.ProductGroups.Where(g => g.CompanyId == company).Select(g => g.ExternalId), ct);
        run.CreatedProductGroups = await CreateAsync(run, "ProductGroups", nameof(ProductGroup),
            [.. refs.Groups.Keys.Where(id => !groups.Contains(id)).Select(id => new ProductGroup { CompanyId = company, ExternalId = id, Name = id })],
            [new("Name", NpgsqlDbType.Varchar, g => g.Name), new("IsNew", NpgsqlDbType.Boolean, g => g.IsNew)], g => g.ExternalId, ct);

        var people = await Known(db.People.Where(p => p.CompanyId == company).Select(p => p.ExternalId), ct);
        run.CreatedPeople = await CreateAsync(run, "People", nameof(Person),
            [.. refs.People.Keys.Where(id => !people.Contains(id)).Select(id => new Person { CompanyId = company, ExternalId = id, Name = id, Role = PersonRole.Salesperson })],
            [new("Name", NpgsqlDbType.Varchar, p => p.Name), new("Role", NpgsqlDbType.Varchar, p => p.Role.ToString())], p => p.ExternalId, ct);

        var groupIds = await db.ProductGroups.Where(g => g.CompanyId == company).ToDictionaryAsync(g => g.ExternalId, g => g.Id, StringComparer.Ordinal, ct);
        var products = await Known(db.Products.Where(p => p.CompanyId == company).Select(p => p.ExternalId), ct);
        run.CreatedProducts = await CreateAsync(run, "Products", nameof(Product),
            [.. refs.Products.Where(p => !products.Contains(p.Key)).Select(p => new Product
            {
                CompanyId = company, ExternalId = p.Key, Name = p.Key, ProductGroupId = p.Value.Group is null ? null : groupIds[p.Value.Group],
            })],
            [new("Name", NpgsqlDbType.Varchar, p => p.Name), new("ProductGroupId", NpgsqlDbType.Integer, p => p.ProductGroupId), new("IsNew", NpgsqlDbType.Boolean, p => p.IsNew)],
            p => p.ExternalId, ct);

        var customers = await Known(db.Customers.Where(c => c.CompanyId == company).Select(c => c.ExternalId), ct);
        run.CreatedCustomers = await CreateAsync(run, "Customers", nameof(Customer),
            [.. refs.Customers.Where(c => !customers.Contains(c.Key)).Select(c => new Customer { CompanyId = company, ExternalId = c.Key, Name = c.Value.Name ?? c.Key })],
            [new("Name", NpgsqlDbType.Varchar, c => c.Name)], c => c.ExternalId, ct);
    }

    /// <summary>Inserts new rows of one kind of master data and records each as added by the batch.</summary>
    private static async Task<int> CreateAsync<T>(ImportRun run, string table, string entity, List<T> rows, BulkColumn<T>[] columns,
        Func<T, string> externalId, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var db = run.Db;
        BulkColumn<T>[] all = [new("CompanyId", NpgsqlDbType.Integer, _ => run.CompanyId), new("ExternalId", NpgsqlDbType.Varchar, r => externalId(r)), .. columns];
        await BulkInsert.InsertAsync(db, table, all, rows, ct);
        await BulkInsert.InsertAsync(db, NewRefs, RefColumns, rows.Select(r => (entity, externalId(r))), ct);
        if (!db.Database.IsSqlite())
        {
            // See the staging table's ANALYZE: with statistics from before these rows, the planner takes the table for
            // nearly empty and resolves a million staged lines against it in nested loops (a 200 000 line file: 67 s).
            await db.Database.ExecuteSqlRawAsync($"ANALYZE {NewRefs}", ct);
            var analyze = "ANALYZE \"" + table + "\"";
            await db.Database.ExecuteSqlRawAsync(analyze, ct);
        }

        var record = $$"""
            INSERT INTO "ImportChanges" ("BatchId", "Entity", "RowId")
            SELECT {0}, {1}, t."Id" FROM "{{table}}" AS t JOIN {{NewRefs}} AS n ON n.entity = {1} AND n.external_id = t."ExternalId"
            WHERE t."CompanyId" = {2}
            """;
        await db.Database.ExecuteSqlRawAsync(record, [run.Batch.Id, entity, run.CompanyId], ct);
        return rows.Count;
    }

    private static readonly BulkColumn<(string Entity, string ExternalId)>[] RefColumns =
    [
        new("entity", NpgsqlDbType.Varchar, r => r.Entity),
        new("external_id", NpgsqlDbType.Varchar, r => r.ExternalId),
    ];

    private sealed record DateRange(DateOnly? First, DateOnly? Last);

    /// <summary>
    /// Records the old values of the lines the file changes, updates them, adds the new ones and refreshes the
    /// aggregate over every month touched (a changed line may have moved month) — or, into a company that had no lines,
    /// writes the aggregate summed while reading.
    /// </summary>
    private static async Task UpsertAsync(ImportRun run, bool sqlite, long staged, MonthSums? sums, CancellationToken ct)
    {
        var db = run.Db;
        object[] args = [run.CompanyId, run.Batch.Id];
        var resolved = Resolved(existing: true);
        var differs = sqlite ? "IS NOT" : "IS DISTINCT FROM";
        var changed = $"""
            (l."Date" {differs} r.date OR l."CustomerId" {differs} r.cid OR l."SalespersonId" {differs} r.pid
             OR l."ProductId" {differs} r.prid OR l."Quantity" {differs} r.quantity OR l."Revenue" {differs} r.revenue OR l."Cost" {differs} r.cost)
            """;

        var overlap = sums is null;
        var rangeSql = $"""SELECT MIN(date) AS "First", MAX(date) AS "Last" FROM {Stage}""";
        var range = (await db.Database.SqlQueryRaw<DateRange>(rangeSql).ToListAsync(ct)).Single();
        var first = range.First;
        var last = range.Last;
        if (overlap)
        {
            var movedSql = $"""
                {resolved}
                SELECT MIN(l."Date") AS "First", MAX(l."Date") AS "Last" FROM r JOIN "SalesLines" AS l ON l."Id" = r.lid WHERE l."Date" <> r.date
                """;
            var moved = (await db.Database.SqlQueryRaw<DateRange>(movedSql, args).ToListAsync(ct)).Single();
            first = Min(first, moved.First);
            last = Max(last, moved.Last);

            var json = sqlite
                ? """json_object('Date', l."Date", 'CustomerId', l."CustomerId", 'SalespersonId', l."SalespersonId", 'ProductId', l."ProductId", 'Quantity', l."Quantity", 'Revenue', l."Revenue", 'Cost', l."Cost")"""
                : """json_build_object('Date', l."Date", 'CustomerId', l."CustomerId", 'SalespersonId', l."SalespersonId", 'ProductId', l."ProductId", 'Quantity', l."Quantity", 'Revenue', l."Revenue", 'Cost', l."Cost")::text""";
            var recordSql = $$"""
                {{resolved}}
                INSERT INTO "ImportChanges" ("BatchId", "Entity", "RowId", "OldValues")
                SELECT {1}, '{{nameof(SalesLine)}}', l."Id", {{json}}
                FROM r JOIN "SalesLines" AS l ON l."Id" = r.lid
                WHERE {{changed}}
                """;
            run.Updated = await db.Database.ExecuteSqlRawAsync(recordSql, args, ct);
            if (run.Updated > 0)
            {
                var updateSql = $"""
                    {resolved}
                    UPDATE "SalesLines" AS l SET "Date" = r.date, "CustomerId" = r.cid, "SalespersonId" = r.pid, "ProductId" = r.prid,
                        "Quantity" = r.quantity, "Revenue" = r.revenue, "Cost" = r.cost
                    FROM r WHERE l."Id" = r.lid AND {changed}
                    """;
                await db.Database.ExecuteSqlRawAsync(updateSql, args, ct);
            }
        }

        var insertSql = $$"""
            {{Resolved(existing: overlap)}}
            INSERT INTO "SalesLines" ("CompanyId", "Date", "InvoiceNo", "LineNo", "CustomerId", "SalespersonId", "ProductId", "Quantity", "Revenue", "Cost", "ImportBatchId")
            SELECT {0}, date, invoice_no, line_no, cid, pid, prid, quantity, revenue, cost, {1} FROM r WHERE lid IS NULL
            """;
        run.Added = await IndexRebuild.AroundLoadAsync(db, SalesLineColumns.Table, staged, () => db.Database.ExecuteSqlRawAsync(insertSql, args, ct), ct);

        run.Batch.FirstDate = first;
        run.Batch.LastDate = last;
        if (run.Added > 0 && sums is { GaveUp: false })
        {
            var customerIds = await db.Customers.Where(c => c.CompanyId == run.CompanyId)
                .ToDictionaryAsync(c => c.ExternalId, c => c.Id, StringComparer.Ordinal, ct);
            var personIds = await db.People.Where(p => p.CompanyId == run.CompanyId)
                .ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, ct);
            await SalesAggregate.AddSummedAsync(db, run.CompanyId, sums, customerIds, personIds, ct);
        }
        else if (run.Added + run.Updated > 0)
        {
            if (!sqlite && run.Added > StatisticsAfter)
            {
                await db.Database.ExecuteSqlRawAsync("""ANALYZE "SalesLines" """, ct); // the refresh's plan, as above
            }

            await SalesAggregate.RefreshAsync(db, run.CompanyId, first, last, ct);
        }
    }

    /// <summary>
    /// The staged lines with their customer, salesperson, product and (when the company has lines at all) existing
    /// line resolved to ids; <c>{0}</c> is the company.
    /// </summary>
    private static string Resolved(bool existing) => $$"""
        WITH r AS (
          SELECT s.*, c."Id" AS cid, p."Id" AS pid, pr."Id" AS prid, {{(existing ? "e.\"Id\"" : "NULL")}} AS lid
          FROM {{Stage}} AS s
          JOIN "Customers" AS c ON c."CompanyId" = {0} AND c."ExternalId" = s.customer
          LEFT JOIN "People" AS p ON p."CompanyId" = {0} AND p."ExternalId" = s.salesperson
          LEFT JOIN "Products" AS pr ON pr."CompanyId" = {0} AND pr."ExternalId" = s.product
          {{(existing ? ExistingJoin : "")}})
        """;

    private const string ExistingJoin = """LEFT JOIN "SalesLines" AS e ON e."CompanyId" = {0} AND e."InvoiceNo" = s.invoice_no AND e."LineNo" = s.line_no""";

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private const string SqliteStage = $"""
        CREATE TEMP TABLE {Stage} (line INTEGER PRIMARY KEY, date TEXT NOT NULL, invoice_no TEXT NOT NULL, line_no INTEGER,
          customer TEXT NOT NULL, salesperson TEXT, product TEXT, quantity TEXT NOT NULL, revenue TEXT NOT NULL, cost TEXT NOT NULL)
        """;

    private const string SqliteNewRefs = $"CREATE TEMP TABLE {NewRefs} (entity TEXT NOT NULL, external_id TEXT NOT NULL)";

    private const string PostgresNewRefs = $"CREATE TEMP TABLE {NewRefs} (entity varchar(64) NOT NULL, external_id varchar(64) NOT NULL) ON COMMIT DROP";

    private const string PostgresStage = $"""
        CREATE TEMP TABLE {Stage} (line bigint NOT NULL, date date NOT NULL, invoice_no varchar(64) NOT NULL, line_no integer,
          customer varchar(64) NOT NULL, salesperson varchar(64), product varchar(64), quantity numeric NOT NULL, revenue numeric NOT NULL,
          cost numeric NOT NULL) ON COMMIT DROP
        """;
}
