using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Sales;

/// <summary>
/// Keeps <see cref="Domain.Sales.CustomerMonthSales"/> equal to the sales lines it sums. Whoever writes or removes
/// sales lines (an import, its undo, the demo load) calls <see cref="RefreshAsync"/> for the months it touched,
/// inside the same transaction, so readers never see lines and aggregate disagree. The work is one
/// <c>DELETE</c> and one <c>INSERT … SELECT … GROUP BY</c> in the database; no line is loaded into memory. The one
/// exception is a first load: an import into a company without lines sums the file as it reads it
/// (<see cref="MonthSums"/>) and writes those rows with <see cref="AddSummedAsync"/>.
/// </summary>
public static class SalesAggregate
{
    private const string Table = "CustomerMonthSales";

    /// <summary>
    /// Recomputes the company's aggregate for every month from <paramref name="from"/>'s month to
    /// <paramref name="to"/>'s month (both null: all months), on the context's connection and current transaction.
    /// </summary>
    public static async Task RefreshAsync(SalgskraftDbContext db, int companyId, DateOnly? from = null, DateOnly? to = null,
        CancellationToken cancellationToken = default)
    {
        var first = from is { } f ? new DateOnly(f.Year, f.Month, 1) : DateOnly.MinValue;
        var last = to is { } t ? new DateOnly(t.Year, t.Month, 1).AddMonths(1).AddDays(-1) : DateOnly.MaxValue;

        await db.Database.ExecuteSqlRawAsync(
            """DELETE FROM "CustomerMonthSales" WHERE "CompanyId" = {0} AND "Month" >= {1} AND "Month" <= {2}""",
            [companyId, first, last], cancellationToken);
        var lines = await db.SalesLines.LongCountAsync(l => l.CompanyId == companyId && l.Date >= first && l.Date <= last, cancellationToken);
        if (lines == 0)
        {
            return;
        }

        var sqlite = db.Database.IsSqlite();
        if (!sqlite && db.Database.CurrentTransaction is not null)
        {
            // Aggregate in memory rather than sort on disk (the default work_mem is 4 MB); SET LOCAL ends with the transaction
            // (outside one it would only warn).
            await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '64MB'", cancellationToken);
        }

        var insert = !sqlite ? PostgresInsert
            : await RowCount.UpToAsync(db, SalesLineColumns.Table, 2 * lines, cancellationToken) < 2 * lines ? SqliteScanInsert : SqliteInsert;
        // A refresh writes at most one row per line: over most of a young aggregate it rebuilds the indexes (a million lines
        // into an empty aggregate on PostgreSQL: the foreign-key checks and index updates took 6 s of an 8.6 s refresh).
        await IndexRebuild.AroundLoadAsync(db, Table, lines,
            () => db.Database.ExecuteSqlRawAsync(insert, [companyId, first, last], cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Writes sums made while the lines were read (<see cref="MonthSums"/>) as the company's aggregate for months that had
    /// no lines before: the rows <see cref="RefreshAsync"/> would compute, without reading a million lines back.
    /// </summary>
    internal static async Task AddSummedAsync(SalgskraftDbContext db, int companyId, MonthSums sums,
        IReadOnlyDictionary<string, int> customerIds, IReadOnlyDictionary<string, int> personIds, CancellationToken cancellationToken)
    {
        BulkColumn<MonthRow>[] columns =
        [
            new(nameof(CustomerMonthSales.CompanyId), NpgsqlDbType.Integer, _ => companyId),
            new(nameof(CustomerMonthSales.CustomerId), NpgsqlDbType.Integer, r => r.CustomerId),
            new(nameof(CustomerMonthSales.SalespersonId), NpgsqlDbType.Integer, r => r.SalespersonId),
            new(nameof(CustomerMonthSales.Month), NpgsqlDbType.Date, r => r.Month),
            new(nameof(CustomerMonthSales.Revenue), NpgsqlDbType.Bigint, r => r.Revenue),
            new(nameof(CustomerMonthSales.Cost), NpgsqlDbType.Bigint, r => r.Cost),
            new(nameof(CustomerMonthSales.NewProductRevenue), NpgsqlDbType.Bigint, r => r.NewProductRevenue),
            new(nameof(CustomerMonthSales.Lines), NpgsqlDbType.Integer, r => r.Lines),
            new(nameof(CustomerMonthSales.FirstPurchase), NpgsqlDbType.Date, r => r.FirstPurchase),
        ];
        var rows = sums.Rows(customerIds, personIds);
        await IndexRebuild.AroundLoadAsync(db, Table, sums.Count, () => BulkInsert.InsertAsync(db, Table, columns, rows, cancellationToken), cancellationToken);
    }

    // Money goes in as whole ten-thousandths (ScaledMoney), so both engines add integers exactly with their own sum().
    private static readonly string SqliteInsert = Insert(sqlite: true, Month, MonthKey, lines: "\"SalesLines\" AS l");

    /// <summary>
    /// For months that hold more than half of all lines. SQLite, without statistics of the dates, always walks the
    /// (company, date) index and visits the table once per line in date order; over most of the table reading it in
    /// storage order is far cheaper (a million lines: 6.0 s against 3.3 s). PostgreSQL's planner decides this itself.
    /// </summary>
    private static readonly string SqliteScanInsert = Insert(sqlite: true, Month, MonthKey, lines: "\"SalesLines\" AS l NOT INDEXED");

    private static readonly string PostgresInsert = Insert(sqlite: false, month: "date_trunc('month', l.\"Date\")::date",
        monthKey: "date_trunc('month', l.\"Date\")", lines: "\"SalesLines\" AS l");

    private const string Month = "substr(l.\"Date\", 1, 8) || '01'";

    private const string MonthKey = "substr(l.\"Date\", 1, 8)";

    private static string Insert(bool sqlite, string month, string monthKey, string lines)
    {
        var revenue = ScaledMoney.FromColumn("l.\"Revenue\"", sqlite);
        var cost = ScaledMoney.FromColumn("l.\"Cost\"", sqlite);
        return $$"""
            INSERT INTO "CustomerMonthSales" ("CompanyId", "CustomerId", "SalespersonId", "Month", "Revenue", "Cost", "NewProductRevenue", "Lines", "FirstPurchase")
            SELECT l."CompanyId", l."CustomerId", l."SalespersonId", {{month}},
                   sum({{revenue}}), sum({{cost}}), coalesce(sum(CASE WHEN p."IsNew" OR g."IsNew" THEN {{revenue}} END), 0),
                   count(*), min(l."Date")
            FROM {{lines}}
            LEFT JOIN "Products" AS p ON p."Id" = l."ProductId"
            LEFT JOIN "ProductGroups" AS g ON g."Id" = p."ProductGroupId"
            WHERE l."CompanyId" = {0} AND l."Date" >= {1} AND l."Date" <= {2}
            GROUP BY l."CompanyId", l."CustomerId", l."SalespersonId", {{monthKey}}
            """;
    }
}
