using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Goals;

/// <summary>
/// The goal services refuse in English exactly as before they had translations, and in the user's language for the
/// pages; the domain's goal rules reach the user through <see cref="Domain.Common.Refusal"/> as reasons of the catalogue.
/// </summary>
public sealed partial class GoalReasonsTests
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void ParsePeriod_NotAPeriod_IsRefusedInEnglishAndNorwegian()
    {
        var error = Assert.Throws<ValidationFailedException>(() => GoalRules.ParsePeriod("2026-13"));

        Assert.Equal(["'2026-13' is not a period; write 2025, 2025-Q1, 2025-03, 2025-W05 or FY2025-07."], error.Errors["period"]);
        Assert.Equal(["'2026-13' er ikke en periode; skriv 2025, 2025-Q1, 2025-03, 2025-W05 eller FY2025-07."], error.MessagesIn(Norwegian));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_BrokenRules_AreRefusedPerVariant(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<GoalService>();
        var director = await DirectorAsync(scope, org);

        var subject = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(director,
            new CreateGoalRequest(GoalKind.ProductGroupRevenue, GoalOwnerLevel.Person, org.Seller1PersonId, "2026", 1000m), Ct));
        var unit = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(director,
            new CreateGoalRequest(GoalKind.Revenue, GoalOwnerLevel.Unit, 999_999, "2026", 1000m), Ct));
        var weight = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(director,
            new CreateGoalRequest(GoalKind.Revenue, GoalOwnerLevel.Person, org.Seller1PersonId, "2026", 1000m, Weight: -1m), Ct));

        Assert.Equal(["A ProductGroupRevenue goal needs a subject (product group, platform group or activity type)."], subject.Errors["subject"]);
        Assert.Equal(["Et mål for «Nysalg i produktområde» må si hvilken produktgruppe det gjelder."], subject.MessagesIn(Norwegian));
        Assert.Equal(["No unit 999999 that you can set goals for."], unit.Errors["ownerId"]);
        Assert.Equal(["Ingen enhet 999999 som du kan sette mål for."], unit.MessagesIn(Norwegian));
        Assert.Equal(["A weight cannot be negative."], weight.Errors["weight"]);
        Assert.Equal(["En vekt kan ikke være negativ."], weight.MessagesIn(Norwegian));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ActAsync_AgreementRules_AreRefusedAsReasonsOfTheRule(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<GoalService>();
        var director = await DirectorAsync(scope, org);
        var seller = new AccessContext("s", "seller1@alfa.test", AccessRole.Salesperson, org.Seller1PersonId, "Siri Selger", director.Company,
            [director.Company], VisibilityScope.OwnOnly(org.AlfaId, org.Seller1PersonId));
        var goal = await service.CreateAsync(director, new CreateGoalRequest(GoalKind.Revenue, GoalOwnerLevel.Person, org.Seller1PersonId, "2026", 1000.5m), Ct);

        var withdraw = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.ActAsync(seller, goal.Id, new AgreementRequest(GoalAgreementAction.Withdraw), Ct));
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.ActAsync(director, goal.Id, new AgreementRequest(GoalAgreementAction.Propose, 1000.5m), Ct));
        var comment = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.ActAsync(seller, goal.Id, new AgreementRequest(GoalAgreementAction.Comment, Comment: " "), Ct));

        Assert.Equal(["Only the manager can withdraw a goal; the salesperson can counter-propose or comment."], withdraw.Errors["action"]);
        Assert.Equal("OnlyManagerWithdraws", withdraw.Reasons["action"].Single().Key);
        Assert.Equal(["Bare lederen kan trekke tilbake et mål; selgeren kan gi motforslag eller kommentere."], withdraw.MessagesIn(Norwegian));
        Assert.Equal(["1000.5 is already proposed by the manager."], again.Errors["action"]);
        Assert.Equal(["1\u00A0000,5 er allerede foreslått av lederen."], again.MessagesIn(Norwegian)); // amounts as the culture groups them
        Assert.Equal(["A comment needs some text."], comment.Errors["action"]);
        Assert.Equal(["En kommentar skal have noget tekst."], comment.MessagesIn(CultureInfo.GetCultureInfo("da-DK")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Strategy_TooManySubGoals_IsRefusedWithTheCountThatFits(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<StrategyService>();
        var director = await DirectorAsync(scope, org);

        var count = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(director, new CreateStrategyRequest(
            "Grow", GoalKind.Revenue, 2000m, new DateOnly(2026, 1, 11), GoalOwnerLevel.Person, org.Seller1PersonId, new DateOnly(2026, 1, 1), SubGoals: 40), Ct));
        var date = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(director, new CreateStrategyRequest(
            "Grow", GoalKind.Revenue, 2000m, new DateOnly(2026, 1, 1), GoalOwnerLevel.Person, org.Seller1PersonId, new DateOnly(2026, 1, 1)), Ct));
        var owner = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(director, new CreateStrategyRequest(
            "Grow", GoalKind.Revenue, 2000m, new DateOnly(2027, 1, 1), GoalOwnerLevel.Person, 999_999), Ct));

        Assert.Equal(["Between 1 and 9 sub-goals fit between the start and the main goal."], count.Errors["subGoals"]);
        Assert.Equal(["Mellom 1 og 9 delmål får plass mellom starten og hovedmålet."], count.MessagesIn(Norwegian));
        Assert.Equal(["The main goal's date must be after the start."], date.Errors["targetDate"]);
        Assert.Equal(["Hovedmålets dato må være etter starten."], date.MessagesIn(Norwegian));
        Assert.Equal(["No person 999999 that you can make a strategy for."], owner.Errors["ownerId"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Distribute_BrokenRules_AreRefusedOnTheirFields(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<GoalDistributionService>();
        var director = await DirectorAsync(scope, org);
        var seller1 = org.Seller1PersonId.ToString(CultureInfo.InvariantCulture);

        var manual = await Assert.ThrowsAsync<ValidationFailedException>(() => service.DistributeAsync(director,
            new DistributionRequest(GoalKind.Revenue, "2026", 100m, "even", UnitId: org.NorthUnitId, Adjustments: new Dictionary<string, decimal> { [seller1] = 150m }), Ct));
        var whole = await Assert.ThrowsAsync<ValidationFailedException>(() => service.DistributeAsync(director,
            new DistributionRequest(GoalKind.Revenue, "2026", 10.5m, "even", UnitId: org.NorthUnitId), Ct));
        var mix = await Assert.ThrowsAsync<ValidationFailedException>(() => service.DistributeAsync(director,
            new DistributionRequest(GoalKind.Revenue, "2026", 100m, "mix", UnitId: org.NorthUnitId), Ct));
        var metric = await Assert.ThrowsAsync<ValidationFailedException>(() => service.DistributeAsync(director,
            new DistributionRequest(GoalKind.MarginPercent, "2026", 100m, "even", UnitId: org.NorthUnitId), Ct));
        var method = await Assert.ThrowsAsync<ValidationFailedException>(() => service.DistributeAsync(director,
            new DistributionRequest(GoalKind.Revenue, "2026", 100m, "guess", UnitId: org.NorthUnitId), Ct));

        Assert.Equal(["The targets set by hand (150) exceed the total (100)."], manual.Errors["adjustments"]);
        Assert.Equal(["Målene satt for hånd (150) er større enn totalen (100)."], manual.MessagesIn(Norwegian));
        Assert.Equal(["Only whole, non-negative amounts can be distributed; got 10.5."], whole.Errors["total"]);
        Assert.Equal(["Bare hele, ikke-negative beløp kan fordeles; fikk 10,5."], whole.MessagesIn(Norwegian));
        Assert.Equal(["A mix needs the weight of each method it combines."], mix.Errors["weights"]);
        Assert.Equal(["Only goals that add up (revenue, contribution, activity counts, …) can be distributed; a MarginPercent goal is set per person."],
            metric.Errors["metric"]);
        Assert.Equal(["Bare mål som kan summeres (omsetning, dekningsbidrag, antall aktiviteter, …) kan fordeles; et mål for «Dekningsgrad» settes per person."],
            metric.MessagesIn(Norwegian));
        Assert.Equal(["'guess' is not a method; use even, lastYear, trailing12, potential, pipeline or mix."], method.Errors["method"]);
    }

    /// <summary>Every goal rule the domain can refuse with has its text, so no refusal fails when it is said.</summary>
    [Fact]
    public void EveryDomainGoalRule_HasAText()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Salgskraft.Domain", "Goals");
        var rules = Directory.GetFiles(folder, "*.cs").SelectMany(f => RuleName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();

        Assert.True(rules.Count >= 30, $"found only {rules.Count} rules in {folder}");
        foreach (var rule in rules)
        {
            foreach (var culture in new[] { CultureInfo.InvariantCulture, Norwegian, CultureInfo.GetCultureInfo("da-DK") })
            {
                Assert.False(string.IsNullOrEmpty(GoalReasons.Catalogue.Texts.GetString(rule, culture)), $"no text for the rule {rule} in '{culture.Name}'");
            }
        }
    }

    private static async Task<AccessContext> DirectorAsync(AsyncServiceScope scope, TestOrganization org)
    {
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var director = await db.People.Where(p => p.CompanyId == org.AlfaId && p.ExternalId == "P-DIR").Select(p => p.Id).SingleAsync(Ct);
        var company = new CompanyRef(org.AlfaId, TestOrganization.AlfaSlug, "Alfa", "NOK", "nb-NO");
        return new AccessContext("d", TestOrganization.AlfaDirector, AccessRole.Director, director, "Dina Direktør", company, [company],
            VisibilityScope.WholeCompany(org.AlfaId));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Salgskraft.Domain")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository with src/Salgskraft.Domain is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""Refusal\.(?:Argument|State)\(\s*"(\w+)"\s*,""")]
    private static partial Regex RuleName();
}
