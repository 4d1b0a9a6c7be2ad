using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Salgskraft.Core.Data;

/// <summary>
/// Every difference between the two supported databases lives here: how a provider is chosen,
/// its connection defaults, its migrations assembly (which also holds its compiled model) and its pragmas.
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
    private const string SqliteMigrationsAssembly = "Salgskraft.Migrations.Sqlite";
    private const string PostgresMigrationsAssembly = "Salgskraft.Migrations.Postgres";

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

    /// <summary>
    /// Sets the provider, its migrations assembly and, when that assembly carries one, its compiled model
    /// (decision 0006: building the model at start-up costs about a second).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        string migrationsAssembly;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(connectionString);
                migrationsAssembly = SqliteMigrationsAssembly;
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                migrationsAssembly = PostgresMigrationsAssembly;
                options.UseNpgsql(connectionString, o => o
                    .MigrationsAssembly(migrationsAssembly)
                    .EnableRetryOnFailure());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        if (FindCompiledModel(migrationsAssembly) is { } model)
        {
            options.UseModel(model);
        }
    }

    /// <summary>A closed connection to the database without EF, for <see cref="SqlReads"/>.</summary>
    public static DbConnection CreateConnection(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(connectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>
    /// The model <c>dotnet ef dbcontext optimize</c> generated into a migrations assembly, or null, and EF builds the
    /// model from <see cref="SalgskraftDbContext"/>'s configuration as before (slower start, same model).
    /// </summary>
    private static IModel? FindCompiledModel(string migrationsAssembly)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(migrationsAssembly);
        }
        catch (FileNotFoundException)
        {
            // A process that references only Core has no migrations assembly to load.
            return null;
        }

        // None while it is being regenerated: the old folder is deleted first (decision 0006).
        var modelType = assembly.GetCustomAttributes<DbContextModelAttribute>()
            .SingleOrDefault(a => a.ContextType == typeof(SalgskraftDbContext))?.ModelType;
        return (IModel?)modelType?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
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
