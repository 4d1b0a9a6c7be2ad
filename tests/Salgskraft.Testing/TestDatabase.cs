using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Salgskraft.Core;
using Salgskraft.Core.Data;

namespace Salgskraft.Testing;

/// <summary>
/// A fresh, real database for one test: a temporary SQLite file, or a new database on the PostgreSQL
/// server named by <c>SALGSKRAFT_TEST_POSTGRES</c>. Without that variable PostgreSQL tests are skipped
/// with the reason printed — except under <c>CI=true</c>, where they fail instead.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SALGSKRAFT_TEST_POSTGRES";

    private readonly string? sqliteFile;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;
    private ServiceProvider? services;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    /// <summary>Both providers, for <c>[MemberData]</c> on tests that must hold on each database.</summary>
    public static TheoryData<string> Providers => new(nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.Postgres));

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Configuration keys the web app and the CLI read, pointing at this database.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        [DatabaseProviders.ProviderKey] = Provider.ToString(),
        [$"ConnectionStrings:{DatabaseProviders.ConnectionStringName}"] = ConnectionString,
    };

    /// <summary>The SQLite file behind this database, when it is one.</summary>
    public string? SqliteFile => sqliteFile;

    /// <summary>The application's services (as every host registers them) on this database, built on first use.</summary>
    public ServiceProvider Services => services ??= BuildServices();

    /// <summary>A temporary SQLite file; pooling is off so the file can be deleted as soon as the test is done.</summary>
    public static TestDatabase Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"salgskraft-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", file, null, null);
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == nameof(DatabaseProvider.Sqlite))
        {
            return Sqlite();
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            var reason = $"PostgreSQL tests need {PostgresVariable} (a connection string to a server where the user may create databases).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason + " CI=true, so this is a failure, not a skip.");
            }

            Assert.Skip(reason);
        }

        var name = $"salgskraft_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, admin, name);
    }

    private ServiceProvider BuildServices()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSalgskraftCore(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
        return collection.BuildServiceProvider();
    }

    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await DatabaseProviders.MigrateAsync(scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (sqliteFile is not null)
        {
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
