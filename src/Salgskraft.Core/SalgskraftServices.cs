using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Salgskraft.Core.Access;
using Salgskraft.Core.Activities;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Core.Deals;
using Salgskraft.Core.Goals;
using Salgskraft.Core.Home;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Import;
using Salgskraft.Core.Notifications;
using Salgskraft.Core.Organization;
using Salgskraft.Core.ResultModel;

namespace Salgskraft.Core;

public static class SalgskraftServices
{
    /// <summary>
    /// Everything the application needs, for every host alike (web app, CLI, tests): the database chosen by
    /// configuration, the identity stores with the security defaults, the access rule and the feature services.
    /// Hosts add only what is theirs (the web app its sign-in, cookies and UI).
    /// </summary>
    public static IServiceCollection AddSalgskraftCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSalgskraftData(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddIdentityCore<AppUser>(IdentitySetup.Configure).AddEntityFrameworkStores<SalgskraftDbContext>();
        services.AddScoped<AccessResolver>();
        services.AddScoped<CompanyAdmin>();
        services.AddScoped<UserAdmin>();
        services.AddScoped<HomeFiguresQuery>();
        services.AddScoped<ActivityService>();
        services.AddScoped<DealService>();
        services.AddScoped<SalesSettingsService>();
        services.AddScoped<ResultModelService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<GoalActuals>();
        services.AddScoped<GoalEvaluator>();
        services.AddScoped<GoalService>();
        services.AddScoped<GoalDistributionService>();
        services.AddScoped<GoalImport>();
        services.AddScoped<ActivityPlanService>();
        services.AddScoped<SteeringPlatformQuery>();
        services.AddScoped<StrategyService>();
        services.AddScoped<PeriodReviewService>();
        services.AddScoped(sp => SqlReads.Over(sp.GetRequiredService<SalgskraftDbContext>()));
        services.AddScoped<CustomerPlatformQuery>();
        services.AddScoped<PlatformSettingsService>();
        services.AddScoped<Importer>();
        services.AddScoped<ImportProfiles>();
        services.AddScoped<CompanySummaryQuery>();
        services.AddScoped<PlatformAnalysisQuery>();
        services.AddScoped<CustomerPageQuery>();
        services.AddScoped<DevelopmentCustomerService>();
        return services;
    }
}
