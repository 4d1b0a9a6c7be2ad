using Salgskraft.Core.Data;

namespace Salgskraft.Web.Infrastructure;

/// <summary>On start: apply migrations, then load the demo data into an empty database (unless switched off).</summary>
public static class DatabaseStartup
{
    public const string LoadDemoKey = "Salgskraft:Demo:LoadWhenEmpty";

    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        await DatabaseProviders.MigrateAsync(db);
        logger.LogInformation("Database ready ({Provider}).", db.Database.ProviderName);
    }
}
