using Microsoft.JSInterop;

namespace Salgskraft.Web.Infrastructure;

/// <summary>Hands bytes built in the Blazor circuit to the browser as a download, through <c>wwwroot/js/download.js</c>.</summary>
public static class FileDownload
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Csv = "text/csv;charset=utf-8";

    public static async Task SaveAsync(IJSRuntime js, string fileName, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(js);
        using var stream = new MemoryStream(content);
        using var reference = new DotNetStreamReference(stream);
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/download.js");
        await module.InvokeVoidAsync("download", fileName, contentType, reference);
    }
}
