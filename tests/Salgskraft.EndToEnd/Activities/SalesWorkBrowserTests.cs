using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Domain.Deals;
using Salgskraft.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Salgskraft.EndToEnd.Activities;

/// <summary>The salesperson's week on a phone, and the manager's result model, on the demo data.</summary>
public sealed class SalesWorkBrowserTests
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public async Task DemoSalesperson_LogsQualifiedMeetingAndWinsQuote_OnAPhone()
    {
        await using var browser = await BrowserApp.StartAsync();
        var (customer, deal, won, closed) = await SaraAsync(browser.App);
        var page = await browser.SignInAsync("sara@regnskap-pafunn.no", viewport: BrowserApp.Phone);

        await page.GotoAsync("/activities");
        await BrowserApp.WaitForInteractiveAsync(page);
        var qualifiedMeetings = page.GetByTestId("week-qualified-meeting");
        await Expect(qualifiedMeetings).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+$"));
        var before = int.Parse(await qualifiedMeetings.InnerTextAsync(), CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Button, new() { Name = "Kundemøte", Exact = true }).ClickAsync();
        await page.GetByLabel("Kunde", new() { Exact = true }).FillAsync(customer[..6]);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = customer }).First.ClickAsync();
        await page.GetByLabel("Kvalifisert").CheckAsync();
        await page.GetByLabel("Notat / utfall").FillAsync("Behovet er avdekket");
        await page.GetByLabel("Notat / utfall").PressAsync("Enter");

        await Expect(qualifiedMeetings).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));

        await page.GotoAsync("/deals");
        await BrowserApp.WaitForInteractiveAsync(page);
        var closingRate = page.GetByTestId("closing-rate");
        await Expect(closingRate).ToHaveTextAsync(((decimal)won / closed).ToString("P1", Norwegian));
        await page.GetByTestId($"deal-{deal.Id}").GetByRole(AriaRole.Button, new() { Name = $"Merk som vunnet: {deal.Title}" }).ClickAsync();

        await Expect(closingRate).ToHaveTextAsync(((decimal)(won + 1) / (closed + 1)).ToString("P1", Norwegian));
        await Expect(page.GetByTestId($"deal-{deal.Id}")).ToHaveCountAsync(0);
    }

    /// <summary>Then, on Jonas' page, the manager lowers his weekly meeting goal and his quantity index follows at once.</summary>
    [Fact]
    public async Task DemoManager_SeesTheTeamsThreeWeakFactors_AndSetsAWeeklyMeetingGoal()
    {
        await using var browser = await BrowserApp.StartAsync();
        var people = await browser.App.WithServicesAsync(async s => await s.GetRequiredService<SalgskraftDbContext>().People
            .ToDictionaryAsync(p => p.ExternalId, p => p.Id));
        var page = await browser.SignInAsync("mats@regnskap-pafunn.no");

        await page.GetByRole(AriaRole.Link, new() { Name = "Resultatmodell", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resultatmodellen", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId($"weakest-{people[DemoActivities.WeakOnQuantity]}")).ToHaveTextAsync("Kvantitet");
        await Expect(page.GetByTestId($"weakest-{people[DemoActivities.WeakOnQualify]}")).ToHaveTextAsync("Kvalifisere");
        await Expect(page.GetByTestId($"weakest-{people[DemoActivities.WeakOnQuality]}")).ToHaveTextAsync("Kvalitet");

        await page.GetByRole(AriaRole.Link, new() { Name = "Jonas Haugen" }).ClickAsync();
        await Expect(page.GetByTestId("coaching-focus")).ToContainTextAsync("Mer aktivitet");

        await BrowserApp.WaitForInteractiveAsync(page);
        var quantity = page.GetByTestId("index-Quantity");
        var before = await quantity.InnerTextAsync();
        var meetingGoal = page.GetByLabel("Kundemøte per uke", new() { Exact = true });
        await Expect(meetingGoal).ToHaveValueAsync("5");
        await meetingGoal.FillAsync("1");
        await meetingGoal.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre aktivitetsmålene" }).ClickAsync();

        await Expect(page.GetByText("Aktivitetsmålene er lagret.")).ToBeVisibleAsync();
        await Expect(quantity).Not.ToHaveTextAsync(before);
        Assert.True(decimal.Parse(await quantity.InnerTextAsync(), Norwegian) > decimal.Parse(before, Norwegian), "fewer meetings to do: more of the goal done");
    }

    /// <summary>One of Sara's customers, her fresh open quote, and her quotes won and closed this year before the test.</summary>
    private static Task<(string Customer, Deal Deal, int Won, int Closed)> SaraAsync(Testing.SalgskraftApp app) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<SalgskraftDbContext>();
        var year = app.Clock.GetUtcNow().Year;
        var sara = await db.People.SingleAsync(p => p.ExternalId == DemoData.SteeringPlatformPersonExternalId);
        var quoteStages = await db.DealStages.Where(x => x.CompanyId == sara.CompanyId && x.IsQuote).Select(x => x.Id).ToListAsync();
        var customer = await db.Customers.Where(c => c.OwnerId == sara.Id).OrderBy(c => c.Name).Select(c => c.Name).FirstAsync();
        var deal = await db.Deals.Where(d => d.PersonId == sara.Id && d.Status == DealStatus.Open && quoteStages.Contains(d.StageId))
            .OrderByDescending(d => d.CreatedOn).FirstAsync();
        var closedQuotes = await db.Deals.Where(d => d.PersonId == sara.Id && d.Status != DealStatus.Open && d.ClosedOn!.Value.Year == year)
            .Where(d => db.DealStageChanges.Any(c => c.DealId == d.Id && quoteStages.Contains(c.ToStageId)))
            .Select(d => d.Status).ToListAsync();
        return (customer, deal, closedQuotes.Count(x => x == DealStatus.Won), closedQuotes.Count);
    });
}
