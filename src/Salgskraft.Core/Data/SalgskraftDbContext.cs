using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Notifications;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Import;
using Salgskraft.Domain.Loyalty;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.ResultModel;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Data;

/// <summary>
/// The one model for both providers. Migrations live in a project per provider; add one with
/// <c>dotnet ef migrations add NAME --project src/Salgskraft.Migrations.Sqlite --startup-project src/Salgskraft.Migrations.Sqlite</c>
/// and the same with <c>Postgres</c> (each migrations project has a design-time factory).
/// Each migrations project also holds the provider's compiled model (decision 0006); after any model change regenerate
/// both from the repository root, deleting the old one first so removed entities and properties go with it:
/// <c>rm -rf src/Salgskraft.Migrations.Sqlite/CompiledModel &amp;&amp; dotnet ef dbcontext optimize --project src/Salgskraft.Migrations.Sqlite --startup-project src/Salgskraft.Migrations.Sqlite --output-dir CompiledModel --namespace Salgskraft.Migrations.Sqlite.CompiledModel</c>
/// and the same with <c>Postgres</c> in all four places. <c>CompiledModelTests</c> fails while either is stale.
/// </summary>
public sealed class SalgskraftDbContext(DbContextOptions<SalgskraftDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<ProductGroup> ProductGroups => Set<ProductGroup>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<SalesLine> SalesLines => Set<SalesLine>();

    public DbSet<CustomerMonthSales> CustomerMonthSales => Set<CustomerMonthSales>();

    public DbSet<CompanyPlatformSettings> CompanyPlatformSettings => Set<CompanyPlatformSettings>();

    public DbSet<PlatformTarget> PlatformTargets => Set<PlatformTarget>();

    public DbSet<DirectSalesCost> DirectSalesCosts => Set<DirectSalesCost>();

    public DbSet<ActivityType> ActivityTypes => Set<ActivityType>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<DealStage> DealStages => Set<DealStage>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<DealStageChange> DealStageChanges => Set<DealStageChange>();

    public DbSet<PersonActivityGoal> PersonActivityGoals => Set<PersonActivityGoal>();

    public DbSet<SalesSettings> SalesSettings => Set<SalesSettings>();

    public DbSet<ResultModelPlan> ResultModelPlans => Set<ResultModelPlan>();

    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ImportChange> ImportChanges => Set<ImportChange>();

    public DbSet<ImportProfile> ImportProfiles => Set<ImportProfile>();

    public DbSet<StoredGoal> Goals => Set<StoredGoal>();

    public DbSet<GoalAgreementStep> GoalAgreementSteps => Set<GoalAgreementStep>();

    public DbSet<GoalActionItem> GoalActions => Set<GoalActionItem>();

    public DbSet<GoalNote> GoalNotes => Set<GoalNote>();

    public DbSet<PeriodReview> PeriodReviews => Set<PeriodReview>();

    public DbSet<Strategy> Strategies => Set<Strategy>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SalgskraftDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money keeps the precision the source gives; 18,4 holds øre and unit prices with decimals.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
