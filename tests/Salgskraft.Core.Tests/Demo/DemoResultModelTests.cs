using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Core.Tests.Demo;

/// <summary>The demo's activities and deals make the result model tell its story: three people, three different weak factors.</summary>
public sealed class DemoResultModelTests(LoadedDemoDatabase loaded) : IClassFixture<LoadedDemoDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegnskapPafunn_ThreeSalespeople_HaveTheThreeWeakFactors()
    {
        await using var scope = loaded.Database.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var access = await DirectorAsync(services.GetRequiredService<SalgskraftDbContext>(), DemoData.RegnskapPafunnSlug);
        var people = await services.GetRequiredService<SalgskraftDbContext>().People.Where(p => p.CompanyId == access.Company.Id)
            .ToDictionaryAsync(p => p.Id, p => p.ExternalId, Ct);

        foreach (var period in new[] { Period.Year(LoadedDemoDatabase.Now.Year - 1), Period.Year(LoadedDemoDatabase.Now.Year - 2) })
        {
            var rows = (await services.GetRequiredService<ResultModelService>().RowsAsync(access, period, cancellationToken: Ct))
                .ToDictionary(r => people[r.PersonId!.Value]);

            Assert.Equal(ResultFactor.Quantity, rows[DemoActivities.WeakOnQuantity].WeakestFactor);
            Assert.Equal(ResultFactor.Qualify, rows[DemoActivities.WeakOnQualify].WeakestFactor);
            Assert.Equal(ResultFactor.Quality, rows[DemoActivities.WeakOnQuality].WeakestFactor);
            Assert.All(rows.Values, r => Assert.NotNull(r.ResultIndex));
            Assert.All(rows.Values, r => Assert.NotNull(r.ResultGoal));
        }
    }

    [Fact]
    public async Task Demo_EverySalespersonHasAnOpenQuoteAndSomeDealsAreStuck()
    {
        await using var scope = loaded.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var today = DateOnly.FromDateTime(LoadedDemoDatabase.Now.Date);
        var quote = await db.DealStages.Where(s => s.IsQuote).Select(s => s.Id).ToListAsync(Ct);
        var sellers = await db.People.Where(p => p.Role == PersonRole.Salesperson).Select(p => p.Id).ToListAsync(Ct);
        var open = await db.Deals.Where(d => d.Status == DealStatus.Open).ToListAsync(Ct);

        Assert.All(sellers, id => Assert.Contains(open, d => d.PersonId == id && quote.Contains(d.StageId)));
        Assert.NotEmpty(StuckDeals.Find(open, today));
        Assert.False(await db.Activities.AnyAsync(a => a.Date > today, Ct));
        Assert.False(await db.DealStageChanges.AnyAsync(c => c.ChangedOn > today, Ct));
    }

    private static async Task<AccessContext> DirectorAsync(SalgskraftDbContext db, string slug)
    {
        var company = await db.Companies.SingleAsync(c => c.Slug == slug, Ct);
        var reference = new CompanyRef(company.Id, company.Slug, company.Name, company.Currency, company.Culture);
        return new AccessContext("demo", "demo", AccessRole.Director, null, null, reference, [reference], VisibilityScope.WholeCompany(company.Id));
    }
}
