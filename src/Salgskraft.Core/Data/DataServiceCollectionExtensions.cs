using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Salgskraft.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database chosen by configuration; shared by the web app and the CLI.</summary>
    public static IServiceCollection AddSalgskraftData(this IServiceCollection services, IConfiguration configuration)
    {
        var (provider, connectionString) = DatabaseProviders.Read(configuration);
        // The factory serves Blazor circuits (one context per operation); it also registers the scoped context.
        services.AddDbContextFactory<SalgskraftDbContext>(options => DatabaseProviders.Configure(options, provider, connectionString));
        return services;
    }
}
