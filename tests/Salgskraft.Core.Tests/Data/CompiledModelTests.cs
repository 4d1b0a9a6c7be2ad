using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Data;

/// <summary>
/// EF trusts a compiled model blindly: one generated before the last model change reads and writes the old shape
/// without a word. These tests hold each provider's compiled model to the model <c>OnModelCreating</c> builds now.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CompiledModel_IsWhatTheHostsUse_AndEqualsTheBuiltModel(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var regenerate = RegenerateCommand(database.Provider);

        var compiled = db.Model;
        Assert.True(
            compiled.GetType().Namespace == $"Salgskraft.Migrations.{database.Provider}.CompiledModel",
            $"The context does not use the compiled model of {database.Provider} (it has {compiled.GetType().FullName}). Generate it from the repository root: {regenerate}");

        // Built from OnModelCreating on every call, even when the options name a compiled model.
        var built = db.GetService<IDesignTimeModel>().Model;

        var compiledLines = Describe(compiled);
        var builtLines = Describe(built);
        var missing = builtLines.Except(compiledLines, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var extra = compiledLines.Except(builtLines, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"The compiled model of {database.Provider} is stale. Regenerate it from the repository root: {regenerate}\n"
            + string.Concat(missing.Select(l => $"\n  built only:    {l}"))
            + string.Concat(extra.Select(l => $"\n  compiled only: {l}")));
    }

    private static string RegenerateCommand(DatabaseProvider provider) =>
        $"rm -rf src/Salgskraft.Migrations.{provider}/CompiledModel && dotnet ef dbcontext optimize"
        + $" --project src/Salgskraft.Migrations.{provider} --startup-project src/Salgskraft.Migrations.{provider}"
        + $" --output-dir CompiledModel --namespace Salgskraft.Migrations.{provider}.CompiledModel";

    /// <summary>One line per fact of the model that the runtime relies on, named so a difference reads plainly.</summary>
    private static HashSet<string> Describe(IModel model)
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            var e = entity.Name;
            lines.Add($"{e}: table {entity.GetSchema()}.{entity.GetTableName()}, base {entity.BaseType?.Name}, owned {entity.IsOwned()}");
            foreach (var p in entity.GetProperties())
            {
                var mapping = p.GetTypeMapping();
                lines.Add(
                    $"{e}.{p.Name}: {p.ClrType.Name}, nullable {p.IsNullable}, column {p.GetColumnName()} {p.GetColumnType()},"
                    + $" max {p.GetMaxLength()}, precision {p.GetPrecision()},{p.GetScale()}, generated {p.ValueGenerated},"
                    + $" concurrency {p.IsConcurrencyToken}, converter {p.GetValueConverter()?.GetType().Name},"
                    + $" mapping converter {mapping.Converter?.ModelClrType.Name}->{mapping.Converter?.ProviderClrType.Name}");
            }

            foreach (var key in entity.GetKeys())
            {
                lines.Add($"{e}: key ({Names(key.Properties)}), primary {key.IsPrimaryKey()}");
            }

            foreach (var fk in entity.GetForeignKeys())
            {
                lines.Add(
                    $"{e}: foreign key ({Names(fk.Properties)}) -> {fk.PrincipalEntityType.Name} ({Names(fk.PrincipalKey.Properties)}),"
                    + $" required {fk.IsRequired}, unique {fk.IsUnique}, delete {fk.DeleteBehavior}");
            }

            foreach (var navigation in entity.GetNavigations())
            {
                lines.Add($"{e}.{navigation.Name}: navigation to {navigation.TargetEntityType.Name}, collection {navigation.IsCollection}");
            }

            foreach (var navigation in entity.GetSkipNavigations())
            {
                lines.Add($"{e}.{navigation.Name}: skip navigation to {navigation.TargetEntityType.Name}");
            }

            foreach (var index in entity.GetIndexes())
            {
                lines.Add($"{e}: index {index.GetDatabaseName()} ({Names(index.Properties)}), unique {index.IsUnique}, filter {index.GetFilter()}");
            }
        }

        // The tables as the runtime sees them. (IMigrationsModelDiffer cannot take a compiled model: its relational
        // model drops the design-time annotations the differ reads, such as the collation.)
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var t = $"table {table.Schema}.{table.Name}";
            lines.Add($"{t}: primary key {table.PrimaryKey?.Name} ({Columns(table.PrimaryKey?.Columns)})");
            foreach (var column in table.Columns)
            {
                lines.Add($"{t}.{column.Name}: {column.StoreType}, nullable {column.IsNullable}");
            }

            foreach (var fk in table.ForeignKeyConstraints)
            {
                lines.Add($"{t}: {fk.Name} ({Columns(fk.Columns)}) -> {fk.PrincipalTable.Name} ({Columns(fk.PrincipalColumns)}), delete {fk.OnDeleteAction}");
            }

            foreach (var unique in table.UniqueConstraints)
            {
                lines.Add($"{t}: unique constraint {unique.Name} ({Columns(unique.Columns)})");
            }

            foreach (var index in table.Indexes)
            {
                lines.Add($"{t}: index {index.Name} ({Columns(index.Columns)}), unique {index.IsUnique}, filter {index.Filter}");
            }
        }

        return lines;
    }

    private static string Columns(IEnumerable<IColumn>? columns) => string.Join(", ", (columns ?? []).Select(c => c.Name));

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(", ", properties.Select(p => p.Name));
}
