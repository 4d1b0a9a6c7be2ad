using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;

namespace Salgskraft.Web.Infrastructure;

/// <summary>On start: apply migrations, then load the demo companies into an empty database (unless switched off).</summary>
public static class DatabaseStartup
{
    public const string LoadDemoKey = "Salgskraft:Demo:LoadWhenEmpty";

    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<SalgskraftDbContext>();
        await DatabaseProviders.MigrateAsync(db);

        if (!configuration.GetValue(LoadDemoKey, defaultValue: true) || !await DemoData.IsDatabaseEmptyAsync(db))
        {
            return;
        }

        logger.LogInformation("Empty database: loading the demo companies …");
        var logins = await DemoData.LoadAsync(db, provider.GetRequiredService<UserAdmin>(),
            provider.GetRequiredService<CompanyAdmin>(), provider.GetRequiredService<TimeProvider>());
        logger.LogInformation("Demo data loaded. Sign in with one of these (password {Password}):{Logins}", DemoData.Password,
            string.Concat(logins.DistinctBy(l => l.Email).Select(l => $"{Environment.NewLine}  {l.Email,-36} {l.Role,-14} {l.Company}")));
    }
}
