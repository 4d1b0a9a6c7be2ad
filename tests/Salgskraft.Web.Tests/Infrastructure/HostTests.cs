using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Salgskraft.Testing;

namespace Salgskraft.Web.Tests.Infrastructure;

public sealed class HostTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Health_ReportsTheDatabase(string provider)
    {
        await using var app = await SalgskraftApp.StartAsync(provider);

        using var health = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/health", Ct));

        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryApiEndpoint_AndTheReferencePageIsServed()
    {
        await using var app = await SalgskraftApp.StartAsync("Sqlite");
        var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/auth/login", paths);
        foreach (var endpoint in Access.ApiAccessTests.Endpoints.Select(e => e.Replace("/1", "/{id}", StringComparison.Ordinal)))
        {
            Assert.Contains(endpoint, paths);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1", Ct)).StatusCode);
    }

    [Fact]
    public void UnknownProvider_StopsStartupWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Salgskraft.Core.Data.DatabaseProviders.Read(
            new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Salgskraft:Database:Provider"] = "Oracle" })
                .Build()));

        Assert.Contains("Unknown database provider 'Oracle'", error.Message, StringComparison.Ordinal);
    }
}
