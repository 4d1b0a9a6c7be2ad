using Microsoft.AspNetCore.Http.HttpResults;
using Salgskraft.Core.Access;
using Salgskraft.Core.Import;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Import;

public sealed record ImportFormatResponse(string Container, string? Encoding, string? Delimiter, char DecimalSeparator, string DateFormat,
    long HeaderLine, string? Sheet, IReadOnlyList<string> Notes);

public sealed record ImportResponse(string Kind, string FileName, string Sha256, ImportFormatResponse? Format, IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<string> IgnoredHeaders, ImportCounts Counts, bool DryRun, int? BatchId, ImportBatchInfo? SameFileAs);

public sealed record ImportProfileRequest(string Name, string Kind, Dictionary<string, string> Mapping);

/// <summary>
/// Imports, their history and undo, and mapping profiles. Only administrators and directors (403 for others):
/// an import writes the whole company's data. A file with errors answers 422 with every error (line, column,
/// value, reason) in the ProblemDetails' <c>errors</c>, and nothing is written.
/// </summary>
public static class ImportEndpoints
{
    public static RouteGroupBuilder MapImportEndpoints(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Import");
        imports.MapPost("/", Import).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithName("Import")
            .WithSummary("Imports a file (multipart: kind, file, strict, dryRun, profile, map=FIELD=HEADER…), all or nothing.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        imports.MapGet("/", History).WithName("ListImports").WithSummary("The company's imports, newest first.");
        imports.MapPost("/{id:int}/undo", Undo).WithName("UndoImport")
            .WithSummary("Undoes an import as a whole; imports are undone newest first.");
        imports.MapGet("/profiles", Profiles).WithName("ListImportProfiles").WithSummary("The company's saved header mappings.");
        imports.MapPost("/profiles", SaveProfile).WithName("SaveImportProfile").WithSummary("Saves (or replaces) a header mapping by name.");
        return api;
    }

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(CurrentAccess current, Importer importer, ImportProfiles profiles,
        HttpRequest request, CancellationToken cancellationToken)
    {
        var access = current.Context;
        if (!access.MayImport())
        {
            return Forbidden();
        }

        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Send the file as multipart/form-data.");
        }

        // Read by hand: the form holds repeated map fields, which parameter binding of string[] does not take from a form.
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        var kind = form["kind"].ToString();
        var profile = form["profile"].ToString();
        if (file is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has no file.");
        }

        if (!ImportKinds.TryParse(kind, out var importKind))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Unknown kind '{kind}'; use one of {string.Join(", ", ImportKinds.All)}.");
        }

        var overrides = new List<string>();
        if (!string.IsNullOrWhiteSpace(profile))
        {
            overrides.AddRange((await profiles.GetAsync(access.Company.Id, importKind, profile, cancellationToken)).Overrides);
        }

        overrides.AddRange(form["map"].Where(m => !string.IsNullOrEmpty(m)).Select(m => m!));
        await using var stream = await SeekableAsync(file, cancellationToken);
        var result = await importer.ImportAsync(new ImportRequest
        {
            CompanyId = access.Company.Id, Kind = importKind, FileName = file.FileName, ImportedBy = access.Email,
            Strict = IsTrue(form["strict"]), DryRun = IsTrue(form["dryRun"]), Options = ReadOptions.Default with { Mapping = overrides },
        }, stream, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(Response(result)) : Errors(result);
    }

    public static async Task<Results<Ok<IReadOnlyList<ImportBatchInfo>>, ProblemHttpResult>> History(CurrentAccess current, Importer importer,
        CancellationToken cancellationToken) =>
        current.Context.MayImport()
            ? TypedResults.Ok(await importer.HistoryAsync(current.Context.Company.Id, cancellationToken))
            : Forbidden();

    public static async Task<Results<Ok<ImportBatchInfo>, ProblemHttpResult>> Undo(int id, CurrentAccess current, Importer importer,
        CancellationToken cancellationToken) =>
        current.Context.MayImport()
            ? TypedResults.Ok(await importer.UndoAsync(current.Context.Company.Id, id, current.Context.Email, cancellationToken))
            : Forbidden();

    public static async Task<Results<Ok<IReadOnlyList<ImportProfileInfo>>, ProblemHttpResult>> Profiles(CurrentAccess current, ImportProfiles profiles,
        string? kind, CancellationToken cancellationToken)
    {
        if (!current.Context.MayImport())
        {
            return Forbidden();
        }

        ImportKind? filter = ImportKinds.TryParse(kind, out var k) ? k : null;
        return TypedResults.Ok(await profiles.ListAsync(current.Context.Company.Id, filter, cancellationToken));
    }

    public static async Task<Results<Ok<ImportProfileInfo>, ProblemHttpResult>> SaveProfile(ImportProfileRequest request, CurrentAccess current,
        ImportProfiles profiles, CancellationToken cancellationToken)
    {
        if (!current.Context.MayImport())
        {
            return Forbidden();
        }

        if (!ImportKinds.TryParse(request.Kind, out var kind))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Unknown kind '{request.Kind}'.");
        }

        return TypedResults.Ok(await profiles.SaveAsync(current.Context.Company.Id, kind, request.Name, request.Mapping, cancellationToken));
    }

    /// <summary>The importer reads a file twice (hash, rows); an upload that cannot seek is copied to a temporary file.</summary>
    private static async Task<Stream> SeekableAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var upload = file.OpenReadStream();
        if (upload.CanSeek)
        {
            return upload;
        }

        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await using (upload)
        {
            await upload.CopyToAsync(temp, cancellationToken);
        }

        temp.Position = 0;
        return temp;
    }

    private static bool IsTrue(Microsoft.Extensions.Primitives.StringValues value) =>
        string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase) || value.ToString() == "on";

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only administrators and directors import.");

    private static ProblemHttpResult Errors(ImportResult result) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The file has errors; nothing was written.",
            detail: $"{result.ErrorCount} error(s) in {result.FileName}.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = result.Errors,
                ["errorCount"] = result.ErrorCount,
            });

    internal static ImportResponse Response(ImportResult r) =>
        new(ImportKinds.Name(r.Kind), r.FileName, r.Sha256, r.Format is { } f ? Format(f) : null, r.Mapping, r.IgnoredHeaders, r.Counts, r.DryRun,
            r.BatchId, r.SameFileAs);

    internal static ImportFormatResponse Format(FileFormat f) =>
        new(f.Container == FileContainer.Xlsx ? "xlsx" : "csv", f.EncodingName, f.DelimiterName, f.Number.DecimalSeparator, f.DatePattern,
            f.HeaderLine, f.SheetName, f.Notes.Select(n => n.ToString()).ToList());
}
