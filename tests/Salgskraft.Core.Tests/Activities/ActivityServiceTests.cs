using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Activities;
using Salgskraft.Core.Common;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Activities;

public sealed class ActivityServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_EveryFieldWrong_RefusesEachInEnglishAndNorwegian(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ActivityService>();

        var input = new ActivityInput(org.Seller1PersonId, null, 0, DateOnly.MaxValue, false, -1, (ActivityChannel)99, new string('x', 2001));
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(Director(org.AlfaId), input, Ct));

        Assert.Equal(["Choose an activity type."], error.Errors["activityTypeId"]);
        Assert.Equal(["An activity is logged when it is done: the date cannot be after today."], error.Errors["date"]);
        Assert.Equal(["The duration must be between 0 and 1440 minutes."], error.Errors["durationMinutes"]);
        Assert.Equal(["Choose face to face, phone or digital."], error.Errors["channel"]);
        Assert.Equal(["The note can be at most 2000 characters."], error.Errors["outcomeNote"]);
        Assert.Equal(
            [
                "Velg en aktivitetstype.",
                "En aktivitet registreres når den er gjort: datoen kan ikke være etter i dag.",
                "Varigheten må være mellom 0 og 1440 minutter.",
                "Velg ansikt til ansikt, telefon eller digitalt.",
                "Notatet kan være på høyst 2000 tegn.",
            ],
            error.MessagesIn(CultureInfo.GetCultureInfo("nb-NO")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WeekAsync_NoSuchWeek_IsRefusedInDanishToo(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ActivityService>();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => service.WeekAsync(Director(org.AlfaId), org.Seller1PersonId, 2026, 54, Ct));

        Assert.Equal(["No such ISO week in that year."], error.Errors["week"]);
        Assert.Equal(["Det år har ingen sådan ISO-uge."], error.MessagesIn(CultureInfo.GetCultureInfo("da-DK")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteAsync_NoSuchActivity_IsNotFoundInEnglishAndNorwegian(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var org = await TestOrganization.SeedAsync(database.Services);
        await using var scope = database.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ActivityService>();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => service.DeleteAsync(Director(org.AlfaId), 987654, Ct));

        Assert.Equal("Activity 987654 was not found.", error.Message);
        Assert.Equal("Fant ikke aktivitet 987654.", error.Reason.In(CultureInfo.GetCultureInfo("nb-NO")));
    }

    private static AccessContext Director(int companyId)
    {
        var company = new CompanyRef(companyId, TestOrganization.AlfaSlug, "Alfa", "NOK", "nb-NO");
        return new AccessContext("u", "u@test", AccessRole.Director, null, null, company, [company], VisibilityScope.WholeCompany(companyId));
    }
}
