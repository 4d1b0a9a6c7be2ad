using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Salgskraft.Web.Tests.Activities;

/// <summary>Small helpers for reading the API's JSON in tests without a DTO per endpoint.</summary>
internal static class ApiJson
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} gave {response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
    }

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"POST {path} gave {response.StatusCode}, expected {expected}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> PutJsonAsync(this HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PutAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"PUT {path} gave {response.StatusCode}, expected {expected}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public static int Int(this JsonNode node, string name) => node[name]!.GetValue<int>();

    public static decimal? Decimal(this JsonNode node, string name) => node[name]?.GetValue<decimal>();

    public static string? Text(this JsonNode node, string name) => node[name]?.GetValue<string>();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
