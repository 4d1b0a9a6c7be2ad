using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Import;

/// <summary>One mapped value of a previewed row: the text as the file writes it and what the reader makes of it.</summary>
/// <param name="Field">The canonical field.</param>
/// <param name="Type">What the field holds, deciding which of the parsed values is set.</param>
/// <param name="Raw">The trimmed text of the cell; null when empty.</param>
/// <param name="Number">The parsed number (decimal and integer fields), with the precision the file gives.</param>
/// <param name="Date">The parsed date (date fields).</param>
/// <param name="Flag">The parsed yes/no (boolean fields).</param>
/// <param name="Error">Why the value cannot be read (or is required and empty), its reason in every language; null when it reads.</param>
public sealed record PreviewValue(string Field, FieldType Type, string? Raw, decimal? Number, DateOnly? Date, bool? Flag, ImportError? Error);

/// <summary>A previewed data row: its physical line and its mapped values in column order.</summary>
public sealed record PreviewRow(long Line, IReadOnlyList<PreviewValue> Values);

/// <summary>
/// What a file looks like to the importer before anything is written: the detected format, the headers and how they
/// map to the kind's fields, the first rows with their parsed values, and the errors found so far (opening errors such
/// as a missing required column, and value errors of the previewed rows).
/// </summary>
/// <param name="Format">The detected (or forced) format; null when the file could not be read far enough to tell.</param>
/// <param name="Headers">The file's headers in column order.</param>
/// <param name="Fields">The fields a header can be mapped to: the kind's fields, then any survey question or month columns the file has.</param>
/// <param name="Mapping">Field → header.</param>
/// <param name="IgnoredHeaders">Headers no field uses.</param>
/// <param name="Rows">The first data rows.</param>
/// <param name="Errors">The errors found while opening and reading the previewed rows (not the whole file: that is a dry run).</param>
/// <param name="ErrorCount">All those errors, kept or not.</param>
public sealed record ImportPreviewResult(
    FileFormat? Format,
    IReadOnlyList<string> Headers,
    IReadOnlyList<ImportField> Fields,
    IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<string> IgnoredHeaders,
    IReadOnlyList<PreviewRow> Rows,
    IReadOnlyList<ImportError> Errors,
    long ErrorCount);

/// <summary>
/// Reads the start of a file with the import's own reader (<see cref="ImportFileReader"/>), so the wizard shows exactly
/// what an import would read. Writes nothing and needs no database; reads only as far as the rows it shows.
/// </summary>
public static class ImportPreview
{
    /// <summary>The default number of rows a preview shows.</summary>
    public const int DefaultRows = 10;

    /// <summary>Previews <paramref name="file"/>, read from its current position; never throws for a bad file.</summary>
    public static ImportPreviewResult Read(Stream file, string fileName, ImportKind kind, ReadOptions? options = null, int rows = DefaultRows)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var session = ImportFileReader.Open(file, fileName, kind, options);
        var mapping = session.Mapping;
        var fields = mapping is null
            ? [.. ImportSchema.For(kind).Fields]
            : ImportSchema.For(kind).Fields.Concat(mapping.Fields).Distinct().ToList();
        var read = session.Rows.Take(rows).ToList();

        // The session validated each row as it passed; its errors are found again by line and column.
        var errors = session.Errors.Kept;
        var previewed = read.Select(row => new PreviewRow(row.Line, [.. mapping!.Fields.Select(field =>
        {
            var header = mapping.HeaderOf(field.Name);
            var error = errors.FirstOrDefault(e => e.Line == row.Line && e.Column == header);
            return new PreviewValue(field.Name, field.Type, row.Get(field.Name),
                field.Type switch
                {
                    FieldType.Decimal => row.GetDecimal(field.Name),
                    FieldType.Integer => row.GetInt(field.Name),
                    _ => null,
                },
                field.Type == FieldType.Date ? row.GetDate(field.Name) : null,
                field.Type == FieldType.Boolean ? row.GetBool(field.Name) : null,
                error);
        })])).ToList();

        return new ImportPreviewResult(session.Format, mapping?.Headers ?? [], fields,
            mapping?.FieldToHeader ?? new Dictionary<string, string>(), mapping?.IgnoredHeaders ?? [],
            previewed, errors, session.Errors.Total);
    }
}
