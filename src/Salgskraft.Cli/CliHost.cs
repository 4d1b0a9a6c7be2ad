using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core;
using Salgskraft.Core.Common;

namespace Salgskraft.Cli;

/// <summary>
/// The CLI's services, configured like the web app: <c>appsettings.json</c> in the current directory (optional),
/// then environment variables (<c>Salgskraft__Database__Provider</c>, <c>ConnectionStrings__Salgskraft</c>), then
/// the caller's overrides. With nothing set the database is SQLite at <c>./data/salgskraft.db</c>.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliHost(ServiceProvider services)
    {
        this.services = services;
        Scope = services.CreateAsyncScope();
    }

    /// <summary>One scope per command: one DbContext shared by everything the command does.</summary>
    public AsyncServiceScope Scope { get; }

    public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

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
        try
        {
            services.AddSalgskraftCore(configuration);
        }
        catch (InvalidOperationException e)
        {
            // An unknown provider or a missing connection string is the operator's input, not a crash.
            throw new ValidationFailedException("configuration", e.Message);
        }

        return new CliHost(services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await services.DisposeAsync();
    }
}
