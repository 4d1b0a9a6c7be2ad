using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Import;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Web.Infrastructure;
using FieldType = Salgskraft.Core.Import.Reading.FieldType;

namespace Salgskraft.Web.Features.Import;

/// <summary>
/// The import wizard (choose kind → upload → detected format and mapping → preview → validate → import) and the
/// import history with undo. Calls the Core's <see cref="ImportPreview"/>, <see cref="Importer"/> and
/// <see cref="ImportProfiles"/> directly, with the API's rule: administrators and directors only.
/// </summary>
public sealed partial class ImportPage : IAsyncDisposable
{
    /// <summary>Uploads through the circuit are kept small; bigger files go through the API or the CLI.</summary>
    private const int MaxMegabytes = 50;
    private const long MaxBytes = MaxMegabytes * 1024L * 1024;

    /// <summary>The select's value for "this field is not in the file" (<c>FIELD=</c>); no header is this.</summary>
    private const string NotInFile = "\u0001";

    private static readonly ImportKind[] Kinds = [.. Enum.GetValues<ImportKind>().Where(k => k != ImportKind.Goals)];

    private readonly CancellationTokenSource stop = new();

    /// <summary>The user's mapping choices, field → header (<see cref="NotInFile"/> to leave a field out).</summary>
    private readonly Dictionary<string, string> chosen = new(StringComparer.Ordinal);

    private bool loading = true;
    private bool allowed;
    private bool busy;
    private ImportKind kind = ImportKind.SalesLines;
    private bool strict;
    private FileStream? file;
    private string? fileName;
    private long fileSize;
    private string? fileError;
    private bool uploading;
    private double uploadPercent;
    private string? sheet;
    private string? sheetInput;

    // The user's corrections of what was detected (null keeps the detection), for a file the detection reads wrongly.
    private string? encoding;
    private char? delimiter;
    private char? decimalSeparator;
    private DateFormat? dateFormat;
    private ImportPreviewResult? preview;
    private List<ImportProfileInfo> profiles = [];
    private string? profile;
    private string? profileName;
    private string? profileMessage;
    private bool profileSaved;
    private bool running;
    private double progress;
    private ImportResult? outcome;
    private List<ImportBatchInfo> history = [];
    private string? undoError;

    /// <summary>The preview or import running off the circuit's thread, which reads <see cref="file"/>.</summary>
    private Task? background;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        allowed = await Session.RunAsync((_, a) => Task.FromResult(a.MayImport()));
        if (!allowed && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden; // the prerendered page, as the API answers
        }

        if (allowed)
        {
            await Task.WhenAll(LoadHistoryAsync(), LoadProfilesAsync());
        }

        loading = false;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (background is not null)
        {
            await background.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // it reads the file closed below
        }

        stop.Dispose();
        if (file is not null)
        {
            await file.DisposeAsync();
        }
    }

    /// <summary>Runs work with the caller's access if they may import; default otherwise (access is re-checked every call).</summary>
    private Task<T?> ImportingAsync<T>(Func<IServiceProvider, AccessContext, Task<T>> work) =>
        Session.RunAsync<T?>(async (services, access) => access.MayImport() ? await work(services, access) : default, stop.Token);

    private async Task LoadHistoryAsync() =>
        history = [.. await ImportingAsync((s, a) => s.GetRequiredService<Importer>().HistoryAsync(a.Company.Id, stop.Token)) ?? []];

    private async Task LoadProfilesAsync() =>
        profiles = [.. await ImportingAsync((s, a) => s.GetRequiredService<ImportProfiles>().ListAsync(a.Company.Id, kind, stop.Token)) ?? []];

    private async Task KindChangedAsync(ImportKind value)
    {
        kind = value;
        chosen.Clear();
        profile = null;
        outcome = null;
        await LoadProfilesAsync();
        await PreviewAsync();
    }

    /// <summary>Copies the upload to a temporary file (the importer reads a file more than once), showing how far it got.</summary>
    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        var upload = e.File;
        (fileError, outcome, preview) = (null, null, null);
        if (upload.Size > MaxBytes)
        {
            fileError = string.Format(CultureInfo.CurrentCulture, L["TooLarge"], upload.Name, FileSize(upload.Size), MaxMegabytes);
            return;
        }

        if (file is not null)
        {
            await file.DisposeAsync();
            file = null;
        }

        (busy, uploading, uploadPercent) = (true, true, 0);
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await using var source = upload.OpenReadStream(MaxBytes, stop.Token);
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await source.ReadAsync(buffer, stop.Token)) > 0)
            {
                await temp.WriteAsync(buffer.AsMemory(0, read), stop.Token);
                uploadPercent = upload.Size == 0 ? 100 : 100.0 * temp.Length / upload.Size;
                StateHasChanged();
            }

            (file, fileName, fileSize, sheet, sheetInput) = (temp, upload.Name, upload.Size, null, null);
            temp = null;
            chosen.Clear();
        }
        catch (IOException ex)
        {
            fileError = string.Format(CultureInfo.CurrentCulture, L["UploadFailed"], upload.Name, ex.Message);
        }
        finally
        {
            if (temp is not null)
            {
                await temp.DisposeAsync();
            }

            (busy, uploading) = (false, false);
        }

        await PreviewAsync();
    }

    private ReadOptions Options() => ReadOptions.Default with
    {
        Encoding = encoding,
        Delimiter = delimiter,
        DecimalSeparator = decimalSeparator,
        DateFormat = dateFormat,
        SheetName = sheet,
        Mapping = [.. chosen.Select(c => $"{c.Key}={(c.Value == NotInFile ? "" : c.Value)}")],
    };

    private async Task PreviewAsync()
    {
        if (file is null)
        {
            return;
        }

        busy = true;
        try
        {
            file.Position = 0;
            var (stream, name, options) = (file, fileName!, Options());
            var read = Task.Run(() => ImportPreview.Read(stream, name, kind, options), stop.Token);
            background = read;
            preview = await read;
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>Applies one correction of the detected format and reads the preview again with it.</summary>
    private async Task CorrectAsync(Action correction)
    {
        correction();
        outcome = null;
        await PreviewAsync();
    }

    private string DateFormatText(DateFormat format) => format switch
    {
        DateFormat.DayMonthYear => "dd.MM.yyyy",
        DateFormat.DayMonthShortYear => "d.M.yy",
        DateFormat.Iso => "yyyy-MM-dd (ISO)",
        _ => L["Date_ExcelSerial"],
    };

    private async Task ApplySheetAsync()
    {
        sheet = string.IsNullOrWhiteSpace(sheetInput) ? null : sheetInput.Trim();
        outcome = null;
        await PreviewAsync();
    }

    private async Task MapAsync(string field, string header)
    {
        chosen[field] = header;
        outcome = null;
        await PreviewAsync();
    }

    private async Task ProfileChosenAsync(string? name)
    {
        profile = name;
        chosen.Clear();
        if (profiles.FirstOrDefault(p => p.Name == name) is { } chosenProfile)
        {
            foreach (var (field, header) in chosenProfile.Mapping)
            {
                chosen[field] = header;
            }

            profileName = chosenProfile.Name;
        }

        outcome = null;
        await PreviewAsync();
    }

    private async Task SaveProfileAsync()
    {
        if (preview is null || string.IsNullOrWhiteSpace(profileName))
        {
            return;
        }

        try
        {
            var mapping = preview.Mapping;
            var saved = await ImportingAsync((s, a) => s.GetRequiredService<ImportProfiles>().SaveAsync(a.Company.Id, kind, profileName, mapping, stop.Token));
            (profileSaved, profileMessage) = (saved is not null, saved is null ? L["NotAllowed"] : string.Format(CultureInfo.CurrentCulture, L["Profile_Saved"], saved.Name));
            await LoadProfilesAsync();
            profile = saved?.Name;
        }
        catch (ValidationFailedException ex)
        {
            (profileSaved, profileMessage) = (false, ex.MessageIn(CultureInfo.CurrentUICulture));
        }
    }

    /// <summary>
    /// Validates (a dry run: everything but the commit) or imports, off the circuit's thread so the page stays
    /// responsive; the bar follows the bytes of the file read.
    /// </summary>
    private async Task RunAsync(bool dryRun)
    {
        if (file is null)
        {
            return;
        }

        (busy, running, progress, outcome) = (true, true, 0, null);
        var shown = 0;
        var progressStream = new ReadProgressStream(file, fraction =>
        {
            progress = fraction;
            var percent = (int)(fraction * 100);
            if (percent != Volatile.Read(ref shown))
            {
                Volatile.Write(ref shown, percent);
                _ = InvokeAsync(StateHasChanged);
            }
        });
        var (name, options, strictRun) = (fileName!, Options(), strict && kind == ImportKind.SalesLines);
        try
        {
            var import = Task.Run(() => ImportingAsync((s, a) => s.GetRequiredService<Importer>().ImportAsync(new ImportRequest
            {
                CompanyId = a.Company.Id, Kind = kind, FileName = name, ImportedBy = a.Email, Strict = strictRun, DryRun = dryRun, Options = options,
            }, progressStream, stop.Token)), stop.Token);
            background = import;
            outcome = await import;
            progress = 1; // done: the bar stays full under the result
            if (outcome is null)
            {
                fileError = L["NotAllowed"];
            }
            else if (!dryRun && outcome.Succeeded)
            {
                await LoadHistoryAsync();
            }
        }
        finally
        {
            (busy, running) = (false, false);
        }
    }

    private async Task DownloadErrorsAsync()
    {
        if (outcome is null)
        {
            return;
        }

        await FileDownload.SaveAsync(JS, $"{Path.GetFileNameWithoutExtension(outcome.FileName)}-{L["Errors_FileSuffix"]}.csv", FileDownload.Csv,
            ImportErrorFile.Csv(outcome.Errors, CultureInfo.CurrentUICulture, [L["Line"], L["Column"], L["Value"], L["Reason"]]));
    }

    private async Task UndoAsync(ImportBatchInfo batch)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Undo_Title"].Value,
            string.Format(CultureInfo.CurrentCulture, L["Undo_Confirm"], batch.FileName, When(batch.ImportedAt)), L["Undo"].Value, cancelText: L["Cancel"].Value);
        if (confirmed != true)
        {
            return;
        }

        busy = true;
        undoError = null;
        try
        {
            var undone = await ImportingAsync((s, a) => s.GetRequiredService<Importer>().UndoAsync(a.Company.Id, batch.Id, a.Email, stop.Token));
            undoError = undone is null ? L["NotAllowed"].Value : null;
        }
        catch (ValidationFailedException ex)
        {
            undoError = ex.MessageIn(CultureInfo.CurrentUICulture);
        }
        catch (NotFoundException ex)
        {
            undoError = ex.Reason.In(CultureInfo.CurrentUICulture);
        }
        finally
        {
            busy = false;
        }

        await LoadHistoryAsync();
    }

    private string HeaderOf(string field) => preview?.Mapping.GetValueOrDefault(field) ?? NotInFile;

    private static string FieldLabel(ImportField field) => field.Required ? field.Name + " *" : field.Name;

    private string DelimiterText(FileFormat format) => DelimiterText(format.Delimiter);

    private string DelimiterText(char? delimiter) => delimiter switch
    {
        '\t' => L["Delimiter_Tab"],
        ';' => L["Delimiter_Semicolon"],
        ',' => L["Delimiter_Comma"],
        '|' => L["Delimiter_Pipe"],
        var d => $"'{d}'",
    };

    private static bool IsNumber(PreviewValue value) => value.Type is FieldType.Decimal or FieldType.Integer;

    /// <summary>The parsed value in the user's culture: numbers with the precision the file gives, dates as the culture writes them.</summary>
    private string? Parsed(PreviewValue value) => value switch
    {
        { Number: { } n } => n.ToString("N" + n.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture),
        { Date: { } d } => d.ToString("d", CultureInfo.CurrentCulture),
        { Flag: { } f } => L[f ? "Yes" : "No"],
        _ => value.Raw,
    };

    private string ErrorText(ImportError e) =>
        e.Line == 0 ? e.ReasonIn(CultureInfo.CurrentUICulture)
        : string.Format(CultureInfo.CurrentCulture, L["ErrorAt"], e.Line, e.ColumnIn(CultureInfo.CurrentUICulture), e.Value, e.ReasonIn(CultureInfo.CurrentUICulture));

    private string KindText(string name) => ImportKinds.TryParse(name, out var k) ? L[$"Kind_{k}"] : name;

    private string Created(ImportCounts c) => string.Join(", ", new (int Count, string Key)[]
        {
            (c.CreatedCustomers, "Created_Customers"), (c.CreatedProducts, "Created_Products"), (c.CreatedProductGroups, "Created_ProductGroups"),
            (c.CreatedPeople, "Created_People"), (c.CreatedUnits, "Created_Units"),
        }
        .Where(x => x.Count > 0).Select(x => string.Format(CultureInfo.CurrentCulture, L[x.Key], x.Count)));

    private string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Clock.LocalTimeZone).ToString("g", CultureInfo.CurrentCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.CurrentCulture);

    private static string FileSize(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024.0):N0} kB")
        : string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024):N1} MB");
}
