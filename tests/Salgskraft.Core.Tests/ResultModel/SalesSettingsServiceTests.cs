using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.ResultModel;

public sealed class SalesSettingsServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAsync_OutOfRange_RefusesEachFieldInEnglishAndNorwegian(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SalesSettingsService>();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.UpdateAsync(Director(org.AlfaId), new SalesSettingsDto(0m, 0.5m, 1.5m, 0, 3651), Ct));

        Assert.Equal(["plannedShare", "meetingToQuoteGoal", "workingMinutesPerDay", "stuckDealDays"], error.Errors.Keys);
        Assert.Equal(["Must be above 0 and at most 1 (100 %)."], error.Errors["plannedShare"]);
        Assert.Equal(["Working minutes per day must be between 1 and 1440."], error.Errors["workingMinutesPerDay"]);
        Assert.Equal(["Days before a deal is stuck must be between 1 and 3650."], error.Errors["stuckDealDays"]);
        Assert.Equal(
            [
                "Må være over 0 og høyst 1 (100 %).",
                "Må være over 0 og høyst 1 (100 %).",
                "Arbeidsminutter per dag må være mellom 1 og 1440.",
                "Dager før en salgsmulighet står fast, må være mellom 1 og 3650.",
            ],
            error.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SetPlanAsync_NegativeGoalAndShareAboveOne_AreRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ResultModelService>();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.SetPlanAsync(Director(org.AlfaId), new ResultModelPlanDto(org.Seller1PersonId, -1m, null, 2m, null), Ct));

        Assert.Equal(["The result goal cannot be negative."], error.Errors["yearlyResultGoal"]);
        Assert.Equal(["Must be above 0 and at most 1 (100 %)."], error.Errors["closingRateGoal"]);
        Assert.Equal(["Resultatmålet kan ikke være negativt.", "Må være over 0 og høyst 1 (100 %)."], error.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
    }

    private static AccessContext Director(int companyId)
    {
        var company = new CompanyRef(companyId, TestOrganization.AlfaSlug, "Alfa", "NOK", "nb-NO");
        return new AccessContext("u", "u@test", AccessRole.Director, null, null, company, [company], VisibilityScope.WholeCompany(companyId));
    }
}
