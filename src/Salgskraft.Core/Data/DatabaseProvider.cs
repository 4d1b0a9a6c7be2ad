using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Salgskraft.Core.Data;

/// <summary>
/// Every difference between the two supported databases lives here: how a provider is chosen,
/// its connection defaults, its migrations assembly and its pragmas.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviders
{
    public const string ProviderKey = "Salgskraft:Database:Provider";
    public const string ConnectionStringName = "Salgskraft";
    public const string DefaultSqliteConnection = "Data Source=./data/salgskraft.db";

    /// <summary>Reads the provider from configuration; an unknown value stops start-up with a clear message.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) Read(IConfiguration configuration)
    {
        var name = configuration[ProviderKey];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(name))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(name, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Unknown database provider '{name}' in {ProviderKey}. Use 'Sqlite' or 'Postgres'.");
        }

        var connection = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnection
                : throw new InvalidOperationException(
                    $"{ProviderKey} is Postgres but ConnectionStrings:{ConnectionStringName} is not set.");
        }

        return (provider, connection);
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(connectionString);
                options.UseSqlite(connectionString, o => o.MigrationsAssembly("Salgskraft.Migrations.Sqlite"));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o
                    .MigrationsAssembly("Salgskraft.Migrations.Postgres")
                    .EnableRetryOnFailure());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    /// <summary>Applies pending migrations, then the settings a database file keeps (WAL on SQLite).</summary>
    public static async Task MigrateAsync(SalgskraftDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while an import writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
