using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Salgskraft.EndToEnd.Home;

public sealed class HomeDashboardBrowserTests
{
    [Fact]
    public async Task Home_DemoSalesperson_SeesOwnRevenueAndSwitchesToEnglish()
    {
        await using var browser = await BrowserApp.StartAsync();
        var expected = await OwnRevenueThisYearAsync(browser.App, "sara@regnskap-pafunn.no");

        var page = await browser.SignInAsync("sara@regnskap-pafunn.no");

        var revenue = page.GetByTestId("revenue-value");
        await Expect(revenue).ToHaveTextAsync(string.Create(CultureInfo.GetCultureInfo("nb-NO"), $"{expected:N0} NOK"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hei");

        await page.GetByRole(AriaRole.Button, new() { Name = "Språk" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "English" }).ClickAsync();
        await BrowserApp.WaitForInteractiveAsync(page);

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(revenue).ToHaveTextAsync(string.Create(CultureInfo.GetCultureInfo("en"), $"{expected:N0} NOK"));
    }

    /// <summary>The figure the card must show: the sum of the salesperson's own lines this year to date.</summary>
    private static async Task<decimal> OwnRevenueThisYearAsync(Testing.SalgskraftApp app, string email) =>
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<SalgskraftDbContext>();
            var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().Date);
            var login = DemoData.Logins.Single(l => l.Email == email);
            var person = await db.People.SingleAsync(p => p.ExternalId == login.PersonExternalId);
            var revenues = await db.SalesLines
                .Where(l => l.SalespersonId == person.Id && l.Date >= new DateOnly(today.Year, 1, 1) && l.Date <= today)
                .Select(l => l.Revenue).ToListAsync();
            return revenues.Sum();
        });
}
