using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Identity;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;
using static Salgskraft.Testing.TestOrganization;

namespace Salgskraft.Web.Tests.Auth;

/// <summary>The deliberate security defaults of the foundation, each proven on both databases.</summary>
public sealed class SecurityDefaultsTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Login_AfterFiveWrongPasswords_IsLockedEvenWithTheRightOne(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var client = app.CreateClient();

        for (var i = 0; i < IdentitySetup.MaxFailedLogins; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AlfaSeller1, password = "not the password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AlfaSeller1, password = Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);

        var ui = await UiClient.PostLoginAsync(UiClient.Create(app), AlfaSeller1, Password);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode); // the form is shown again, with the lockout message
        Assert.Contains("låst", System.Net.WebUtility.HtmlDecode(await ui.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PasswordPolicy_TwelveCharactersWithoutCompositionRules(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);

        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserAdmin>();
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                users.AddAsync("short@alfa.test", AlfaSlug, AccessRole.Director, null, "elevenchars", Ct));
            Assert.Contains("password", error.Errors.Keys);

            await users.AddAsync("plain@alfa.test", AlfaSlug, AccessRole.Director, null, "twelve chars", Ct);
            return true;
        });
        Assert.NotNull(await app.ApiClientAsync("plain@alfa.test", "twelve chars"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DisabledAccount_IsRefusedAtTheNextRequest(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var api = await app.ApiClientAsync(AlfaSeller1, Password);
        var browser = await UiClient.SignInAsync(app, AlfaSeller1, Password);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);

        await app.WithServicesAsync(async s =>
        {
            await s.GetRequiredService<UserAdmin>().SetDisabledAsync(AlfaSeller1, disabled: true);
            return true;
        });
        app.Clock.Advance(TimeSpan.FromSeconds(1)); // the next request comes later than the sign-in

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
        var page = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location!.AbsolutePath);
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = AlfaSeller1, password = Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DisabledFlagSetDirectlyInTheDatabase_IsRefusedAtTheNextRequest(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var api = await app.ApiClientAsync(AlfaSeller1, Password);
        var browser = await UiClient.SignInAsync(app, AlfaSeller1, Password);

        await app.WithServicesAsync(s => s.GetRequiredService<SalgskraftDbContext>().Users
            .Where(u => u.Email == AlfaSeller1).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true), Ct));
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RoleChange_AppliesAtTheNextRequest(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var api = await app.ApiClientAsync(AlfaSeller1, Password);
        Assert.Equal(2, (await api.GetFromJsonAsync<List<object>>("/api/v1/customers", Ct))!.Count);

        await app.WithServicesAsync(async s =>
        {
            await s.GetRequiredService<UserAdmin>().SetRoleAsync(AlfaSeller1, AlfaSlug, AccessRole.Director, Ct);
            return true;
        });

        Assert.Equal(3, (await api.GetFromJsonAsync<List<object>>("/api/v1/customers", Ct))!.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DataProtectionKeys_InTheDatabase_LetAnotherInstanceAcceptTheTokens(string provider)
    {
        // Cookies and bearer tokens are both protected with these keys; a restart or a second server must read them.
        await using var first = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(first);
        var api = await first.ApiClientAsync(AlfaSeller1, Password);

        await using var second = first.StartAnotherInstance();
        var secondApi = second.CreateClient();
        secondApi.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;

        Assert.Equal(HttpStatusCode.OK, (await secondApi.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.True(await second.WithServicesAsync(s => s.GetRequiredService<SalgskraftDbContext>().DataProtectionKeys.AnyAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Forms_WithoutAntiforgeryToken_AreRejected(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        await SeedAsync(app);
        var browser = await UiClient.SignInAsync(app, AlfaSeller1, Password);

        var login = await UiClient.Create(app).PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = AlfaSeller1, ["Input.Password"] = Password,
        }), Ct);
        var logout = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Responses_CarrySecurityHeaders(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);
        var client = app.CreateClient();

        foreach (var path in new[] { "/login", "/api/v1/me", "/health" })
        {
            var response = await client.GetAsync(path, Ct);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.True(response.Headers.Contains("Referrer-Policy"));
        }
    }
}
