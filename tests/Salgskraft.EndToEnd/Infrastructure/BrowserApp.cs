using Microsoft.Playwright;
using Salgskraft.Core.Demo;
using Salgskraft.Testing;

namespace Salgskraft.EndToEnd.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, on a fresh SQLite file with the demo data, driven by Debian's
/// Chromium through Playwright (it cannot download a browser of its own here). Without Chromium the test is skipped
/// with the reason — except under <c>CI=true</c>, where that is a failure.
/// </summary>
public sealed class BrowserApp : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A phone screen (CSS pixels), for the pages a salesperson uses on the road.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>How long an action or an expectation waits (ms) before it fails.</summary>
    private const float Patience = 30_000;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserApp(SalgskraftApp app, IPlaywright playwright, IBrowser browser)
    {
        App = app;
        this.playwright = playwright;
        this.browser = browser;
    }

    /// <summary>The hosted app: its services, its database and its clock.</summary>
    public SalgskraftApp App { get; }

    public string BaseUrl => App.BaseAddress.ToString().TrimEnd('/');

    public static async Task<BrowserApp> StartAsync(bool loadDemo = true, string provider = "Sqlite")
    {
        if (!File.Exists(ChromiumPath))
        {
            var reason = $"Browser tests need Chromium at {ChromiumPath} (Debian package 'chromium').";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason + " CI=true, so this is a failure, not a skip.");
            }

            Assert.Skip(reason);
        }

        // CI runs these beside the other suites on two cores: a page may take seconds where a laptop takes a moment.
        Assertions.SetDefaultExpectTimeout(Patience);
        var app = await SalgskraftApp.StartAsync(provider, loadDemo, kestrel: true);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return new BrowserApp(app, playwright, browser);
    }

    /// <summary>A new browser context (own cookies) and page; the browser asks for <paramref name="locale"/> first.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null, string locale = "nb-NO")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(Patience);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form and waits until the interactive app has taken over the page.</summary>
    public async Task<IPage> SignInAsync(string email, string password = DemoData.Password, ViewportSize? viewport = null,
        string locale = "nb-NO")
    {
        var page = await NewPageAsync(viewport, locale);
        await page.GotoAsync("/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// Blazor renders on the server first and becomes interactive once its circuit is up; clicks before that are lost.
    /// </summary>
    public static async Task WaitForInteractiveAsync(IPage page) =>
        await page.Locator("[data-interactive=true]").WaitForAsync();

    /// <summary>
    /// Chooses <paramref name="option"/> in a MudBlazor select and waits until the select shows it. On CI's two cores a
    /// click on an option that is still being placed in its opening list is now and then lost (the list stays open,
    /// nothing chosen); as a user would, it clicks again — at most three times.
    /// </summary>
    public static async Task ChooseAsync(ILocator select, string option)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await select.GetAttributeAsync("aria-expanded") != "true")
            {
                await select.ClickAsync();
            }

            await select.Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = false }).ClickAsync();
            try
            {
                await Assertions.Expect(select).ToContainTextAsync(option, new() { Timeout = attempt < 3 ? 5_000 : Patience });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }
}
