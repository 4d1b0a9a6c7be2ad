using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>JSON as the API writes it (enums by name), for reading the Core DTOs back in tests.</summary>
internal static class GoalApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> GetAsync<T>(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, TestContext.Current.CancellationToken))!;
    }

    public static async Task<T> PostAsync<T>(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Json, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, TestContext.Current.CancellationToken))!;
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Json, TestContext.Current.CancellationToken);
}
