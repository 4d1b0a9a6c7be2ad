using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Salgskraft.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Salgskraft.EndToEnd.Goals;

/// <summary>
/// Issue 6's scenario in the browser: the demo manager distributes a team revenue goal by last year's actual and
/// proposes it; the salesperson counter-proposes (and is refused, in Norwegian, when she revises it to the same figure); the
/// manager agrees; both see it agreed, and the salesperson's steering platform shows it with its traffic light.
/// </summary>
public sealed partial class GoalAgreementBrowserTests
{
    [Fact]
    public async Task Distribution_ProposedCounterProposedAgreed_ShowsOnTheSteeringPlatform()
    {
        await using var browser = await BrowserApp.StartAsync();

        var mats = await browser.SignInAsync("mats@regnskap-pafunn.no");
        await OpenAsync(mats, "/goals");
        await mats.GetByLabel("Teamets mål").FillAsync("30000000");
        await mats.GetByRole(AriaRole.Radio, new() { Name = "Fjorårets resultat" }).CheckAsync();
        await mats.GetByRole(AriaRole.Button, new() { Name = "Forhåndsvis" }).ClickAsync();
        var preview = mats.GetByRole(AriaRole.Table, new() { Name = "Forslag til fordeling" });
        await Expect(preview.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sara Lunde" })).ToBeVisibleAsync();
        await Expect(preview.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sum" })).ToContainTextAsync(Nok(30_000_000m));
        await mats.GetByRole(AriaRole.Button, new() { Name = "Foreslå for selgerne" }).ClickAsync();
        var saraRow = mats.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sara Lunde" }).Filter(new() { HasText = "Omsetning" })
            .Filter(new() { HasText = "Foreslått" });
        await Expect(saraRow).ToContainTextAsync("venter på selger");

        // Sara hears of it under the bell, opens the goal and counter-proposes.
        var sara = await browser.SignInAsync("sara@regnskap-pafunn.no");
        await sara.GetByRole(AriaRole.Button, new() { NameRegex = UnreadRegex() }).ClickAsync();
        await sara.GetByRole(AriaRole.Menuitem, new() { Name = "Mats Berg har foreslått et mål" }).First.ClickAsync();
        await BrowserApp.WaitForInteractiveAsync(sara);
        await Expect(sara.GetByTestId("agreement-state")).ToContainTextAsync("Foreslått");
        await sara.GetByLabel("Nytt mål").FillAsync("9000000");
        await sara.GetByLabel("Kommentar").FillAsync("To store kunder flytter");
        await sara.GetByRole(AriaRole.Button, new() { Name = "Gi motforslag" }).ClickAsync();
        await Expect(sara.GetByTestId("agreement-state")).ToContainTextAsync("Motforslag");
        var goalUrl = sara.Url;

        // Revising her proposal to the same figure breaks a rule of the agreement, and she is told so in Norwegian.
        await sara.GetByLabel("Nytt mål").FillAsync("9000000");
        await sara.GetByRole(AriaRole.Button, new() { Name = "Endre forslaget" }).ClickAsync();
        await Expect(sara.GetByRole(AriaRole.Alert).Filter(new() { HasText = string.Create(CultureInfo.GetCultureInfo("nb-NO"), $"{9_000_000m:N0} er allerede foreslått av selgeren.") })).ToBeVisibleAsync();

        // Mats agrees to the counter-proposal.
        await OpenAsync(mats, "/goals");
        await mats.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sara Lunde" }).Filter(new() { HasText = "Motforslag" })
            .GetByRole(AriaRole.Link, new() { Name = "Omsetning" }).ClickAsync();
        await BrowserApp.WaitForInteractiveAsync(mats);
        await mats.GetByRole(AriaRole.Button, new() { Name = "Godta" }).ClickAsync();
        await Expect(mats.GetByTestId("agreement-state")).ToHaveTextAsync("Avtalt");
        var history = mats.GetByRole(AriaRole.Table, new() { Name = "Historikk" });
        await Expect(history).ToContainTextAsync("To store kunder flytter");
        await Expect(history.GetByRole(AriaRole.Row)).ToHaveCountAsync(6); // header + demo proposal and agreement + change, counter, agree

        // Both see it agreed; Sara's platform shows the agreed 9 000 000 with its traffic light.
        await OpenAsync(sara, new Uri(goalUrl).PathAndQuery);
        await Expect(sara.GetByTestId("agreement-state")).ToHaveTextAsync("Avtalt");
        await OpenAsync(sara, "/steering-platform");
        var card = sara.GetByLabel("Omsetning", new() { Exact = true });
        await Expect(card).ToContainTextAsync(Nok(9_000_000m));
        await Expect(card).ToContainTextAsync("Avtalt");
        await Expect(card).ToContainTextAsync(LightRegex());
    }

    private static string Nok(decimal amount) => string.Create(CultureInfo.GetCultureInfo("nb-NO"), $"{amount:N0} NOK");

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserApp.WaitForInteractiveAsync(page);
    }

    [GeneratedRegex("^Varsler \\([1-9][0-9]* uleste\\)$")]
    private static partial Regex UnreadRegex();

    [GeneratedRegex("Grønn|Gul|Rød")]
    private static partial Regex LightRegex();
}
