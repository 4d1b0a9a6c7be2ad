using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;

namespace Salgskraft.Core.Tests.Demo;

/// <summary>
/// A real SQLite file under the temp folder, deleted afterwards, with the services the demo loader and the CLI
/// use. Pooling is off so the file can be deleted as soon as the test is done.
/// </summary>
public sealed class TempSqliteDatabase : IAsyncDisposable
{
    public TempSqliteDatabase()
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"salgskraft-test-{Guid.NewGuid():N}.db");
        Settings = new Dictionary<string, string?>
        {
            [DatabaseProviders.ProviderKey] = nameof(DatabaseProvider.Sqlite),
            [$"ConnectionStrings:{DatabaseProviders.ConnectionStringName}"] = $"Data Source={FilePath};Pooling=False",
        };
        Services = BuildServices(Settings);
    }

    public string FilePath { get; }

    /// <summary>The configuration that points the app (or the CLI) at this file.</summary>
    public IDictionary<string, string?> Settings { get; }

    public ServiceProvider Services { get; }

    public static ServiceProvider BuildServices(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSalgskraftData(configuration);
        services.AddIdentityCore<AppUser>(IdentitySetup.Configure).AddEntityFrameworkStores<SalgskraftDbContext>();
        services.AddScoped<UserAdmin>();
        services.AddScoped<CompanyAdmin>();
        return services.BuildServiceProvider();
    }

    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await DatabaseProviders.MigrateAsync(scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
