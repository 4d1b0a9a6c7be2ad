using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Deals;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Deals;

public sealed class DealServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_NoTitleNegativeValueUnknownStage_RefusesEachInEnglishAndNorwegian(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<DealService>();
        var company = new CompanyRef(org.AlfaId, TestOrganization.AlfaSlug, "Alfa", "NOK", "nb-NO");
        var director = new AccessContext("u", "u@test", AccessRole.Director, null, null, company, [company], VisibilityScope.WholeCompany(org.AlfaId));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.CreateAsync(director, new DealInput(org.Seller1PersonId, org.Seller1CustomerId, " ", -1m, StageId: int.MaxValue), ct));

        Assert.Equal(["The title is required, at most 200 characters."], error.Errors["title"]);
        Assert.Equal(["The value cannot be negative."], error.Errors["value"]);
        Assert.Equal(["Choose one of the company's stages."], error.Errors["stageId"]);
        Assert.Equal(
            ["Tittelen er påkrevd, høyst 200 tegn.", "Verdien kan ikke være negativ.", "Velg en av selskapets faser."],
            error.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
    }
}
