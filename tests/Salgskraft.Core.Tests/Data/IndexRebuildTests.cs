using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Data;

public sealed class IndexRebuildTests
{
    private const string Table = "SalesLines";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AroundLoadAsync_DropsTheIndexesAndForeignKeysOnlyForALoadLargerThanTheTable_AndRestoresThemExactly(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var before = await SchemaAsync(db, ct);
        var lines = await db.SalesLines.LongCountAsync(ct);

        var noLarger = await InTransactionAsync(db, () => IndexRebuild.AroundLoadAsync(db, Table, lines, () => SchemaAsync(db, ct), ct));
        var larger = await InTransactionAsync(db, async () =>
        {
            var schema = await IndexRebuild.AroundLoadAsync(db, Table, lines + 1, () => SchemaAsync(db, ct), ct);
            await db.Database.CommitTransactionAsync(ct);
            return schema;
        });

        Assert.True(before.Count >= 6, string.Join("\n", before));
        Assert.Equal(before, noLarger);
        Assert.Empty(larger);
        Assert.Equal(before, await SchemaAsync(db, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AroundLoadAsync_AFailedLoad_LeavesTheIndexesAfterRollback(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var before = await SchemaAsync(db, ct);

        await InTransactionAsync(db, async () =>
        {
            await Assert.ThrowsAsync<InvalidDataException>(() =>
                IndexRebuild.AroundLoadAsync<int>(db, Table, 10, () => throw new InvalidDataException("the load failed"), ct));
            await db.Database.RollbackTransactionAsync(ct);
            return 0;
        });

        Assert.Equal(before, await SchemaAsync(db, ct));
    }

    [Fact]
    public async Task AroundLoadAsync_WithoutATransaction_KeepsTheIndexes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var before = await SchemaAsync(db, ct);

        Assert.Equal(before, await IndexRebuild.AroundLoadAsync(db, Table, 10, () => SchemaAsync(db, ct), ct));
    }

    /// <summary>Runs <paramref name="body"/> in a transaction, as the importer does (PostgreSQL retries need the strategy).</summary>
    private static Task<T> InTransactionAsync<T>(SalgskraftDbContext db, Func<Task<T>> body) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            return await body();
        });

    /// <summary>The table's secondary indexes and (PostgreSQL) foreign keys, each as its definition.</summary>
    private static async Task<List<string>> SchemaAsync(SalgskraftDbContext db, CancellationToken ct)
    {
        var sql = db.Database.IsSqlite()
            ? $"SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = '{Table}' AND sql IS NOT NULL"
            : $"""
               SELECT indexdef AS "Value" FROM pg_indexes WHERE tablename = '{Table}' AND indexname <> 'PK_{Table}'
               UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"{Table}"'::regclass AND contype = 'f'
               """;
        return [.. (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(ct)).Order(StringComparer.Ordinal)];
    }
}
