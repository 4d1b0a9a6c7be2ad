using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Salgskraft.EndToEnd.CustomerPlatform;

public sealed class CustomerPlatformBrowserTests
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public async Task Platform_DemoDirector_HoversFiltersAndExportsAWorkbookWithThePagesTotals()
    {
        await using var browser = await BrowserApp.StartAsync();
        var keyCount = await KeyCustomersThisYearAsync(browser.App);
        var page = await browser.SignInAsync("direktor@regnskap-pafunn.no");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kundeplattform" }).ClickAsync();
        var scatter = page.GetByTestId("platform-scatter");
        // The first load computes every view; on the shared build machine that can take longer than the default 5 s.
        await Expect(scatter).ToHaveAttributeAsync("data-top-point", new System.Text.RegularExpressions.Regex("^\\d+,\\d+$"));

        // MudBlazor's own pager buttons speak Norwegian too.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Neste side" })).ToBeVisibleAsync();

        // Hover the largest customer: the tooltip shows its figures, drawn in the browser.
        var top = (await scatter.GetAttributeAsync("data-top-point"))!.Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        await scatter.HoverAsync(new() { Position = new() { X = top[0], Y = top[1] } });
        var tooltip = page.GetByTestId("platform-tooltip");
        await Expect(tooltip).ToBeVisibleAsync();
        await Expect(tooltip).ToContainTextAsync("Omsetning:");
        await Expect(tooltip).ToContainTextAsync("Dekningsgrad:");

        // Filter to the Key customers: the scatter and the list show only them.
        await BrowserApp.ChooseAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Vis gruppe" }), "Nøkkel");
        await Expect(scatter).ToHaveAttributeAsync("data-points", keyCount.ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("list-summary")).ToContainTextAsync($"{keyCount} kunder");

        var totalRevenue = await page.GetByTestId("total-revenue").InnerTextAsync();
        var totalContribution = await page.GetByTestId("total-contribution").InnerTextAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Last ned Excel" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"platform-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var workbook = SpreadsheetDocument.Open(file, false);
            var groups = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
            Assert.Equal("Grupper", groups.Name!.Value);
            var cells = ((WorksheetPart)workbook.WorkbookPart.GetPartById(groups.Id!)).Worksheet.Descendants<Cell>()
                .ToDictionary(c => c.CellReference!.Value!);
            Assert.Equal("Totalt", cells["A6"].InnerText);
            Assert.Equal(totalRevenue, Money(cells["D6"]));
            Assert.Equal(totalContribution, Money(cells["G6"]));
            Assert.Equal(keyCount.ToString(CultureInfo.InvariantCulture), cells["B2"].CellValue!.Text);
        }
        finally
        {
            File.Delete(file);
        }

        // What-if: a revenue share of 50 % recomputes the page only, marked as not saved; reset brings the company's 80 % back.
        var whatIf = page.GetByTestId("what-if");
        await whatIf.GetByText("Hva om …? Prøv andre terskler").ClickAsync();
        await whatIf.GetByLabel("Omsetningsandel for «høy omsetning» (%)").FillAsync("50");
        await whatIf.GetByRole(AriaRole.Button, new() { Name = "Beregn på nytt" }).ClickAsync();
        await Expect(page.GetByTestId("what-if-marker")).ToContainTextAsync("ikke lagret");
        await Expect(page.GetByTestId("thresholds")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"til 50,0\s?%"));
        await whatIf.GetByRole(AriaRole.Button, new() { Name = "Tilbakestill" }).ClickAsync();
        await Expect(page.GetByTestId("what-if-marker")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("thresholds")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"til 80,0\s?%"));

        // A fixed margin of 20 %, then the overall margin instead: the box wins and the field is set aside.
        await whatIf.GetByLabel("DG-terskel (%)").FillAsync("20");
        await whatIf.GetByRole(AriaRole.Button, new() { Name = "Beregn på nytt" }).ClickAsync();
        await Expect(page.GetByTestId("thresholds")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"DG-terskel: 20,0\s?%"));
        await whatIf.GetByRole(AriaRole.Checkbox, new() { Name = "Bruk samlet DG" }).CheckAsync();
        await whatIf.GetByRole(AriaRole.Button, new() { Name = "Beregn på nytt" }).ClickAsync();
        await Expect(page.GetByTestId("thresholds")).ToContainTextAsync("DG-terskel: samlet DG");
    }

    private static string Money(Cell cell) =>
        decimal.Parse(cell.CellValue!.Text, NumberStyles.Number, CultureInfo.InvariantCulture).ToString("N0", Norwegian);

    /// <summary>The number of Key customers the page must show: the company's platform this year, from the query itself.</summary>
    private static Task<int> KeyCustomersThisYearAsync(Testing.SalgskraftApp app) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<SalgskraftDbContext>();
        var company = await db.Companies.SingleAsync(c => c.Slug == DemoData.RegnskapPafunnSlug);
        var platform = await services.GetRequiredService<CustomerPlatformQuery>()
            .GetAsync(VisibilityScope.WholeCompany(company.Id), Period.Year(app.Clock.GetLocalNow().Year));
        return platform[PlatformGroup.Key].Count;
    });
}
