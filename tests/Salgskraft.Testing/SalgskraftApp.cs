using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Testing;

/// <summary>
/// The real web app on a real database (see <see cref="TestDatabase"/>), with demo loading switched off so
/// each test seeds exactly what it needs. Dispose it to drop the database.
/// </summary>
public sealed class SalgskraftApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private bool ownsDatabase = true;

    private SalgskraftApp(TestDatabase database, Dictionary<string, string?> settings)
    {
        Database = database;
        this.settings = settings;
    }

    public TestDatabase Database { get; }

    /// <summary>The app's clock; tests move it. Starts at <see cref="TestOrganization.Today"/> noon UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(TestOrganization.Today, new TimeOnly(12, 0), TimeSpan.Zero));

    /// <summary>
    /// Starts the app on a fresh database. With <paramref name="kestrel"/> it listens on a free loopback port
    /// (<see cref="BaseAddress"/>) so a real browser can reach it; otherwise it runs on the in-memory test server.
    /// </summary>
    public static async Task<SalgskraftApp> StartAsync(string provider, bool loadDemo = false, bool kestrel = false)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var settings = database.Settings;
        settings[DatabaseStartup.LoadDemoKey] = loadDemo ? "true" : "false";
        var app = new SalgskraftApp(database, settings);
        if (kestrel)
        {
            app.UseKestrel(0);
            app.StartServer(); // starts the host, which migrates the database (and loads the demo)
        }
        else
        {
            _ = app.Server;
        }

        return app;
    }

    /// <summary>Where the app listens: the Kestrel address, or the test server's base address.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>A second app instance on the same database, as a restart or another server would be.</summary>
    public SalgskraftApp StartAnotherInstance()
    {
        var other = new SalgskraftApp(Database, settings) { ownsDatabase = false };
        _ = other.Server;
        return other;
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>An API client signed in with a bearer token from <c>POST /api/v1/auth/login</c>.</summary>
    public async Task<HttpClient> ApiClientAsync(string email, string password, string? company = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        if (company is not null)
        {
            client.DefaultRequestHeaders.Add(AccessFilter.CompanyHeader, company);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        // Outside Development the app serves only published assets; tests run from the build output, so map the
        // static web assets (MudBlazor's CSS and JS) as `dotnet run` does.
        builder.UseStaticWebAssets();
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    public sealed record TokenResponse(string AccessToken, string TokenType, long ExpiresIn, string RefreshToken);
}
