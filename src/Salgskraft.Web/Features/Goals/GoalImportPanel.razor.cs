using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Salgskraft.Core.Goals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Goals;

/// <summary>Uploads a goals file to <see cref="GoalImport"/> (docs/goals.md §11) and shows the counts or every error with its line.</summary>
public partial class GoalImportPanel
{
    private const long MaxBytes = 20 * 1024 * 1024;

    private byte[]? content;
    private string? fileName;
    private GoalImportResult? result;
    private string? error;
    private bool dryRun;
    private bool busy;
    private bool open;

    /// <summary>Called after goals were written, so the page can reload its list.</summary>
    [Parameter]
    public EventCallback OnImported { get; set; }

    [Inject]
    private UiSession Session { get; set; } = default!;

    private async Task FileChosenAsync(InputFileChangeEventArgs e)
    {
        result = null;
        error = null;
        content = null;
        busy = true;
        try
        {
            await using var upload = e.File.OpenReadStream(MaxBytes);
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer);
            content = buffer.ToArray();
            fileName = e.File.Name;
        }
        catch (IOException)
        {
            error = L["Import_TooLarge"];
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ImportAsync()
    {
        if (content is null)
        {
            return;
        }

        busy = true;
        error = null;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            result = await Session.RunAsync((services, access) =>
                services.GetRequiredService<GoalImport>().ImportAsync(access, stream, fileName ?? "goals.csv", dryRun));
            if (result is { Succeeded: true, DryRun: false })
            {
                await OnImported.InvokeAsync();
            }
        }
        finally
        {
            busy = false;
        }
    }
}
