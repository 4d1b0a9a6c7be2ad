using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;

namespace Salgskraft.Cli;

/// <summary>
/// The CLI's services, configured like the web app: <c>appsettings.json</c> in the current directory (optional),
/// then environment variables (<c>Salgskraft__Database__Provider</c>, <c>ConnectionStrings__Salgskraft</c>), then
/// the caller's overrides. With nothing set the database is SQLite at <c>./data/salgskraft.db</c>.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly IServiceCollection services;
    private readonly (DatabaseProvider Provider, string ConnectionString) database;
    private ServiceProvider? provider;
    private AsyncServiceScope scope;

    private CliHost(IServiceCollection services, (DatabaseProvider, string) database) => (this.services, this.database) = (services, database);

    /// <summary>
    /// A service of the command's scope (one DbContext shared by everything the command does). The services are built
    /// at the first call, so a command that reads plain SQL only never builds them.
    /// </summary>
    public T Get<T>() where T : notnull
    {
        if (provider is null)
        {
            provider = services.BuildServiceProvider();
            scope = provider.CreateAsyncScope();
        }

        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>Plain SQL reads on connections of their own, for a command that should not wait for EF to start.</summary>
    public SqlReads Reads() => SqlReads.Connect(database.Provider, database.ConnectionString);

    public static CliHost Create(IDictionary<string, string?>? configOverrides)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(configOverrides ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        (DatabaseProvider, string) database;
        try
        {
            database = DatabaseProviders.Read(configuration);
            services.AddSalgskraftCore(configuration);
        }
        catch (InvalidOperationException e)
        {
            // An unknown provider or a missing connection string is the operator's input, not a crash.
            throw ValidationFailedException.English("configuration", e.Message);
        }

        return new CliHost(services, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (provider is not null)
        {
            await scope.DisposeAsync();
            await provider.DisposeAsync();
        }
    }
}
