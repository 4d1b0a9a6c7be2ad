using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Export;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>Goal import (docs/goals.md §11) through <c>POST /api/v1/goals/import</c>, on both databases.</summary>
public sealed class GoalImportApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private const string LongFile = """
        person,unit,period,kind,subject,target
        P-S1,,2026,omsetning,,1000000
        P-S1,,2026-03,margin,,0.25
        ,N1,2026-W10,ActivityCount,meeting,12
        ,N,2026-Q1,Revenue,,5000000
        """;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LongShape_ManagerImports_PersonGoalsProposedUnitGoalsSet_ReimportChangesNothing_NewTargetIsARevision(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);

        var dry = await ImportOkAsync(manager, LongFile, dryRun: true);
        Assert.Equal((true, 4, 4, 0, 0), (dry.DryRun, dry.Goals, dry.Created, dry.Changed, dry.Unchanged));
        Assert.Empty(await GoalsAsync(app));

        var first = await ImportOkAsync(manager, LongFile);
        Assert.Equal((false, 4, 4, 0, 0), (first.DryRun, first.Goals, first.Created, first.Changed, first.Unchanged));
        var goals = await GoalsAsync(app);
        var revenue = goals.Single(g => g.Kind == GoalKind.Revenue && g.OwnerLevel == GoalOwnerLevel.Person);
        Assert.Equal((org.Seller1PersonId, PeriodKind.Year, 1_000_000m, GoalAgreementState.Proposed, GoalParty.Salesperson),
            (revenue.OwnerId, revenue.PeriodKind, revenue.Target, revenue.AgreementState, revenue.AwaitingAnswerFrom));
        var margin = goals.Single(g => g.Kind == GoalKind.MarginPercent);
        Assert.Equal((new DateOnly(2026, 3, 1), 0.25m, GoalAgreementState.Proposed), (margin.PeriodStart, margin.Target, margin.AgreementState));
        var activity = goals.Single(g => g.Kind == GoalKind.ActivityCount);
        Assert.Equal((GoalOwnerLevel.Unit, "meeting", new DateOnly(2026, 3, 2), 12m, (GoalAgreementState?)null),
            (activity.OwnerLevel, activity.Subject, activity.PeriodStart, activity.Target, activity.AgreementState));
        var unit = goals.Single(g => g.Kind == GoalKind.Revenue && g.OwnerLevel == GoalOwnerLevel.Unit);
        Assert.Equal((org.NorthUnitId, PeriodKind.Quarter, 5_000_000m), (unit.OwnerId, unit.PeriodKind, unit.Target));

        var again = await ImportOkAsync(manager, LongFile);
        Assert.Equal((4, 0, 0, 4), (again.Goals, again.Created, again.Changed, again.Unchanged));
        Assert.Equal(Snapshot(goals), Snapshot(await GoalsAsync(app)));
        Assert.Equal(1, await StepsAsync(app, revenue.Id));

        var changed = await ImportOkAsync(manager, LongFile.Replace("omsetning,,1000000", "omsetning,,1100000", StringComparison.Ordinal)
            .Replace(",N,2026-Q1,Revenue,,5000000", ",N,2026-Q1,Revenue,,5500000", StringComparison.Ordinal));
        Assert.Equal((0, 2, 2), (changed.Created, changed.Changed, changed.Unchanged));
        var after = await GoalsAsync(app);
        var revised = after.Single(g => g.Id == revenue.Id);
        Assert.Equal((1_100_000m, GoalAgreementState.Proposed), (revised.Target, revised.AgreementState));
        Assert.Equal(2, await StepsAsync(app, revenue.Id));
        Assert.Equal(5_500_000m, after.Single(g => g.Id == unit.Id).Target);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WideShape_NorwegianHeadersDecimalCommaAndDash_OneGoalPerMonthWithAValue(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        const string file = """
            Selger;Enhet;År;Måltype;jan;feb;mar;apr;mai;jun;jul;aug;sep;okt;nov;des
            P-S2;;2026;Omsetning;100 000,50;-;200000;;;;;;;;;
            ;S;2026;Dekningsbidrag;10,5;-;-;-;-;-;-;-;-;-;-;-
            """;

        var result = await ImportOkAsync(director, file);

        Assert.Equal((3, 3), (result.Goals, result.Created));
        var goals = (await GoalsAsync(app)).OrderBy(g => g.Kind).ThenBy(g => g.PeriodStart).ToList();
        Assert.Equal(
            [
                (GoalKind.Revenue, GoalOwnerLevel.Person, new DateOnly(2026, 1, 1), 100_000.50m),
                (GoalKind.Revenue, GoalOwnerLevel.Person, new DateOnly(2026, 3, 1), 200_000m),
                (GoalKind.Contribution, GoalOwnerLevel.Unit, new DateOnly(2026, 1, 1), 10.5m),
            ],
            goals.Select(g => (g.Kind, g.OwnerLevel, g.PeriodStart, g.Target)).ToArray());
        Assert.All(goals, g => Assert.Equal(PeriodKind.Month, g.PeriodKind));
        Assert.Equal(org.SouthUnitId, goals[2].OwnerId);
        Assert.Equal(GoalAgreementState.Proposed, goals[0].AgreementState);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WideShapeXlsx_YearInMonthHeaders_NumberAndPercentCells(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        using var workbook = new MemoryStream();
        XlsxExport.Write(workbook, [new XlsxSheet("Mål", ["Ansattnr", "Måltype", "2026-01", "2026-02", "2026-03"],
            [["P-S1", "Omsetning", 1000.5m, "-", 2000m], ["P-S1", "dg", new XlsxPercent(0.3m), null, null]])]);

        using var form = new MultipartFormDataContent { { new ByteArrayContent(workbook.ToArray()), "file", "mål.xlsx" } };
        var response = await director.PostAsync("/api/v1/goals/import", form, TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var goals = (await GoalsAsync(app)).OrderBy(g => g.Kind).ThenBy(g => g.PeriodStart).ToList();
        Assert.Equal(
            [
                (GoalKind.Revenue, new DateOnly(2026, 1, 1), 1000.5m),
                (GoalKind.Revenue, new DateOnly(2026, 3, 1), 2000m),
                (GoalKind.MarginPercent, new DateOnly(2026, 1, 1), 0.3m),
            ],
            goals.Select(g => (g.Kind, g.PeriodStart, g.Target)).ToArray());
        Assert.All(goals, g => Assert.Equal((GoalOwnerLevel.Person, org.Seller1PersonId), (g.OwnerLevel, g.OwnerId)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ErrorInALateLine_ExactErrorAndNothingWritten(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        await ImportOkAsync(director, LongFile);
        var before = Snapshot(await GoalsAsync(app));
        var file = new StringBuilder("person;period;kind;target\n");
        for (var month = 1; month <= 12; month++)
        {
            file.Append(System.Globalization.CultureInfo.InvariantCulture, $"P-S2;2026-{month:00};Revenue;{month}00000\n");
        }

        file.Append("P-S2;2026;Revenue;12x\n");

        var errors = await ImportFailsAsync(director, file.ToString());

        Assert.Equal([new ErrorDto(14, "target", "12x", "'12x' is not a number ('x' is not a digit or separator)")], errors);
        Assert.Equal(before, Snapshot(await GoalsAsync(app)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UnknownPersonKindPeriodAndDuplicate_EveryErrorWithLineColumnValueReason(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var director = await app.ApiClientAsync(AlfaDirector, Password);
        const string file = """
            person,period,kind,target
            P-S1,2026,Revenue,100
            P-NOBODY,2026,Revenue,100
            P-S1,2026,Fortune,100
            P-S1,2026-13,Revenue,100
            P-S1,2026,omsetning,200
            """;

        var errors = await ImportFailsAsync(director, file);

        Assert.Equal(
            [
                new ErrorDto(3, "person", "P-NOBODY", "no person 'P-NOBODY' that you can set goals for"),
                new ErrorDto(4, "kind", "Fortune",
                    "'Fortune' is not a goal kind; use " + string.Join(", ", Enum.GetNames<GoalKind>()) + " or a Norwegian, Danish or English name (omsetning, dekningsgrad, …)"),
                new ErrorDto(5, "period", "2026-13", "'2026-13' is not a period; write 2025, 2025-Q1, 2025-03, 2025-W05 or FY2025-07"),
                new ErrorDto(6, "target", "200", "duplicate goal: line 2 already has the Revenue goal of this owner for 2026"),
            ],
            errors);
        Assert.Empty(await GoalsAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ManagerForSomeoneOutsideTheirUnits_Refused_OtherCompanyNotFound_SalespersonForbidden_NoTokenUnauthorized(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var seller = await app.ApiClientAsync(AlfaSeller1, Password);

        var errors = await ImportFailsAsync(manager, "person,unit,period,kind,target\nP-S1,,2026,Revenue,100\nP-S2,,2026,Revenue,100\n,S,2026,Revenue,100\n");
        Assert.Equal(
            [
                new ErrorDto(3, "person", "P-S2", "no person 'P-S2' that you can set goals for"),
                new ErrorDto(4, "unit", "S", "no unit 'S' that you can set goals for"),
            ],
            errors);
        Assert.Empty(await GoalsAsync(app));

        var company = await ImportFailsAsync(manager, "period,kind,target\n2026,Revenue,100\n");
        Assert.Equal("name a person or a unit; the company's own goals are set by a director or an administrator", company.Single().Reason);

        const string own = "person,period,kind,target\nP-S1,2026,Revenue,100\n";
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(seller, own, false)).StatusCode);

        // Another company's director does not find Alfa's people; without a token, or with the browser's cookie only, it is 401.
        var beta = await ImportFailsAsync(await app.ApiClientAsync(BetaDirector, Password), own);
        Assert.Equal("no person 'P-S1' that you can set goals for", beta.Single().Reason);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(app.CreateClient(), own, false)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(await UiClient.SignInAsync(app, AlfaDirector, Password), own, false)).StatusCode);
        Assert.Empty(await GoalsAsync(app));
    }

    private sealed record ErrorDto(long Line, string? Column, string? Value, string Reason);

    private static async Task<GoalImportResult> ImportOkAsync(HttpClient client, string csv, bool dryRun = false)
    {
        var response = await PostAsync(client, csv, dryRun);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} {body}");
        return JsonSerializer.Deserialize<GoalImportResult>(body, GoalApi.Json)!;
    }

    private static async Task<ErrorDto[]> ImportFailsAsync(HttpClient client, string csv)
    {
        var response = await PostAsync(client, csv, false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(GoalApi.Json, TestContext.Current.CancellationToken);
        return problem.GetProperty("errors").Deserialize<ErrorDto[]>(GoalApi.Json)!;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string csv, bool dryRun)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "goals.csv" },
            { new StringContent(dryRun ? "true" : "false"), "dryRun" },
        };
        return await client.PostAsync("/api/v1/goals/import", form, TestContext.Current.CancellationToken);
    }

    private static Task<List<StoredGoal>> GoalsAsync(SalgskraftApp app) =>
        app.WithServicesAsync(s => s.GetRequiredService<SalgskraftDbContext>().Goals.AsNoTracking().OrderBy(g => g.Id).ToListAsync());

    private static Task<int> StepsAsync(SalgskraftApp app, int goalId) =>
        app.WithServicesAsync(s => s.GetRequiredService<SalgskraftDbContext>().GoalAgreementSteps.CountAsync(x => x.GoalId == goalId));

    private static string Snapshot(IEnumerable<StoredGoal> goals) =>
        string.Join("\n", goals.Select(g => $"{g.Id} {g.OwnerLevel} {g.OwnerId} {g.Kind} {g.Subject} {g.PeriodStart} {g.PeriodEnd} {g.Target} {g.AgreementState}"));
}
