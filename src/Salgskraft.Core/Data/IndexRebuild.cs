using Microsoft.EntityFrameworkCore;

namespace Salgskraft.Core.Data;

/// <summary>
/// A load that brings more rows than a table holds runs faster without the table's secondary indexes (and, on
/// PostgreSQL, its foreign keys): building an index once from sorted rows is several times cheaper than updating it
/// row by row, and checking a foreign key once is a join instead of a lookup per row. Measured on a million sales
/// lines, SQLite inserted them in 14.0 s with the eight indexes of the time and in 6.8 s with the same indexes built
/// afterwards. The indexes and keys are dropped and made again from the database's own definitions, inside the
/// caller's transaction, so a failed load leaves them as they were. The price is that the drop holds the table locked
/// for other writers (and, on PostgreSQL, readers) until commit — acceptable only because it applies when the table is
/// smaller than the load, as on a company's first import into a young database.
/// </summary>
public static class IndexRebuild
{
    private sealed record Definition(string Name, string Sql);

    /// <summary>
    /// Runs <paramref name="load"/>, without the table's indexes when it holds fewer rows than <paramref name="rows"/>
    /// and a transaction is open (without one, a failed load could lose them, so they stay).
    /// </summary>
    public static async Task<T> AroundLoadAsync<T>(SalgskraftDbContext db, string table, long rows, Func<Task<T>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(load);
        if (db.Database.CurrentTransaction is null || rows == 0 || await RowCount.UpToAsync(db, table, rows, cancellationToken) >= rows)
        {
            return await load();
        }

        var sqlite = db.Database.IsSqlite();
        var indexes = await Definitions(db, sqlite ? SqliteIndexes : PostgresIndexes, table, cancellationToken);
        var foreignKeys = sqlite ? [] : await Definitions(db, PostgresForeignKeys, table, cancellationToken);
        foreach (var key in foreignKeys)
        {
            await ExecuteAsync(db, $"ALTER TABLE \"{table}\" DROP CONSTRAINT \"{key.Name}\"", cancellationToken);
        }

        foreach (var index in indexes)
        {
            await ExecuteAsync(db, $"DROP INDEX \"{index.Name}\"", cancellationToken);
        }

        var result = await load();
        foreach (var index in indexes)
        {
            await ExecuteAsync(db, index.Sql, cancellationToken);
        }

        foreach (var key in foreignKeys)
        {
            await ExecuteAsync(db, $"ALTER TABLE \"{table}\" ADD CONSTRAINT \"{key.Name}\" {key.Sql}", cancellationToken);
        }

        return result;
    }

    // SQLite lists the indexes behind a primary key or UNIQUE constraint without SQL; those stay.
    private const string SqliteIndexes = """
        SELECT name AS "Name", sql AS "Sql" FROM sqlite_master WHERE type = 'index' AND tbl_name = {0} AND sql IS NOT NULL
        """;

    private const string PostgresIndexes = """
        SELECT i.relname AS "Name", pg_get_indexdef(i.oid) AS "Sql"
        FROM pg_index AS x JOIN pg_class AS i ON i.oid = x.indexrelid
        WHERE x.indrelid = quote_ident({0})::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conindid = x.indexrelid)
        """;

    private const string PostgresForeignKeys = """
        SELECT conname AS "Name", pg_get_constraintdef(oid) AS "Sql" FROM pg_constraint WHERE conrelid = quote_ident({0})::regclass AND contype = 'f'
        """;

    private static async Task<List<Definition>> Definitions(SalgskraftDbContext db, string sql, string table, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<Definition>(sql, table).ToListAsync(cancellationToken);

    private static Task<int> ExecuteAsync(SalgskraftDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
}
