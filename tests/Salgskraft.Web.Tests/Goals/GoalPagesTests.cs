using System.Net;
using Salgskraft.Core.Goals;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>The access rule through the goal pages, rendered on the server first: nobody's page shows another's goal.</summary>
public sealed class GoalPagesTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GoalPages_OwnGoalShown_OthersNotFound(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var org = await SeedAsync(app);
        var manager = await app.ApiClientAsync(AlfaManagerNorth, Password);
        var goal = await manager.PostAsync<GoalDto>("/api/v1/goals",
            new { metric = "Revenue", ownerLevel = "Person", ownerId = org.Seller1PersonId, period = "2026", target = 7_654_321m });

        async Task<string> Page(string email, string path) =>
            WebUtility.HtmlDecode(await (await UiClient.SignInAsync(app, email, Password)).GetStringAsync(path, Ct));

        var own = await Page(AlfaSeller1, $"/goals/{goal.Id}");
        Assert.Contains("Siri Selger", own, StringComparison.Ordinal);
        Assert.Contains("Foreslått", own, StringComparison.Ordinal);
        var platform = await Page(AlfaSeller1, "/steering-platform?period=2026");
        Assert.Contains("Omsetning", platform, StringComparison.Ordinal);

        foreach (var email in new[] { AlfaSeller2, BetaDirector })
        {
            var other = await Page(email, $"/goals/{goal.Id}");
            Assert.Contains("Målet finnes ikke", other, StringComparison.Ordinal);
            Assert.DoesNotContain("Siri Selger", other, StringComparison.Ordinal);
            Assert.DoesNotContain("Siri Selger", await Page(email, "/goals?period=2026"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GoalsPage_ImportButtonForManagersNotSalespeople(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);

        async Task<string> Page(string email) =>
            WebUtility.HtmlDecode(await (await UiClient.SignInAsync(app, email, Password)).GetStringAsync("/goals?period=2026", Ct));

        Assert.Contains("Importer mål", await Page(AlfaManagerNorth), StringComparison.Ordinal);
        Assert.DoesNotContain("Importer mål", await Page(AlfaSeller1), StringComparison.Ordinal);
    }
}
