using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Testing;

namespace Salgskraft.Web.Tests.Home;

/// <summary>On the demo data as a newcomer gets it: the dashboard's figures are exactly the sum of one's own lines.</summary>
public sealed class DemoDashboardTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dashboard_DemoSalesperson_EqualsTheSumOfTheirOwnLines(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider, loadDemo: true);
        var sara = DemoData.Logins.Single(l => l.Email == "sara@regnskap-pafunn.no");
        var client = await app.ApiClientAsync(sara.Email, sara.Password);

        var dashboard = await client.GetFromJsonAsync<DashboardDto>("/api/v1/dashboard", TestContext.Current.CancellationToken);

        var (revenue, cost, lastYearRevenue) = await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<SalgskraftDbContext>();
            var personId = await db.People.Where(p => p.ExternalId == sara.PersonExternalId).Select(p => p.Id).SingleAsync();
            var today = TestOrganization.Today;
            var lines = await db.SalesLines.Where(l => l.SalespersonId == personId)
                .Select(l => new { l.Date, l.Revenue, l.Cost }).ToListAsync();
            var thisYear = lines.Where(l => l.Date.Year == today.Year && l.Date <= today).ToList();
            var lastYear = lines.Where(l => l.Date.Year == today.Year - 1 && l.Date <= today.AddYears(-1));
            return (thisYear.Sum(l => l.Revenue), thisYear.Sum(l => l.Cost), lastYear.Sum(l => l.Revenue));
        });
        Assert.True(revenue > 0);
        Assert.Equal(revenue, dashboard!.YearToDate.Revenue);
        Assert.Equal(cost, dashboard.YearToDate.Cost);
        Assert.Equal(lastYearRevenue, dashboard.LastYearSamePeriod.Revenue);
    }

    private sealed record FiguresDto(decimal Revenue, decimal Cost);

    private sealed record DashboardDto(FiguresDto YearToDate, FiguresDto LastYearSamePeriod);
}
