namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Which column of the file holds which canonical field. Shown to the user before importing and
/// adjustable with <c>FIELD=HEADER</c> overrides, which a company can save as a profile.
/// </summary>
public sealed class HeaderMapping
{
    private readonly Dictionary<string, int> _columns;

    internal HeaderMapping(ImportSchema schema, IReadOnlyList<string> headers, Dictionary<string, int> columns, IReadOnlyList<string> ignored)
    {
        Schema = schema;
        Headers = headers;
        _columns = columns;
        IgnoredHeaders = ignored;
        Fields = [.. columns.OrderBy(c => c.Value).Select(c => schema.Find(c.Key)!)];
    }

    public ImportSchema Schema { get; }

    /// <summary>The headers as the file writes them, in column order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The mapped fields, in column order.</summary>
    public IReadOnlyList<ImportField> Fields { get; }

    /// <summary>Headers that no field uses; reported, not an error.</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    /// <summary>Field → header, as the wizard shows it and a profile stores it.</summary>
    public IReadOnlyDictionary<string, string> FieldToHeader =>
        _columns.ToDictionary(c => c.Key, c => Headers[c.Value], StringComparer.Ordinal);

    public bool IsMapped(string field) => _columns.ContainsKey(field);

    /// <summary>The column index of a field, or -1 when the file does not have it.</summary>
    public int ColumnOf(string field) => _columns.TryGetValue(field, out var index) ? index : -1;

    public string? HeaderOf(string field) => _columns.TryGetValue(field, out var index) ? Headers[index] : null;
}

/// <summary>Matches a file's headers to a kind's canonical fields, applying the user's overrides.</summary>
public static class HeaderMatcher
{
    /// <summary>
    /// Builds the mapping and reports into <paramref name="errors"/>: unknown fields or headers in
    /// overrides, a header mapped to two fields, a field matched by two headers, missing required
    /// fields (naming the headers found), and mutually exclusive fields given together.
    /// </summary>
    public static HeaderMapping Match(ImportSchema schema, IReadOnlyList<string> headers, IEnumerable<string>? overrides, long headerLine, ImportErrorCollector errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(errors);
        var found = HeadersFound(headers);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        var claimedBy = new Dictionary<int, string>();

        foreach (var entry in overrides ?? [])
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            var fieldName = (equals < 0 ? entry : entry[..equals]).Trim().ToLowerInvariant();
            var header = equals < 0 ? null : entry[(equals + 1)..].Trim();
            var field = schema.Find(fieldName);
            if (field is null || header is null)
            {
                errors.Add(0, fieldName, entry, field is null
                    ? ReadingReasons.NotAField(fieldName, ImportKinds.Name(schema.Kind), string.Join(", ", schema.Fields.Select(f => f.Name)))
                    : ReadingReasons.MappingSyntax());
                continue;
            }

            overridden.Add(field.Name);
            if (header.Length == 0)
            {
                continue; // FIELD= leaves the field out even if a header would match it
            }

            var index = FindHeader(headers, header);
            if (index == -1)
            {
                errors.Add(headerLine, header, entry, found is null ? ReadingReasons.NoSuchColumnNoHeaders(header) : ReadingReasons.NoSuchColumn(header, found));
            }
            else if (index == -2)
            {
                errors.Add(headerLine, header, entry, ReadingReasons.AmbiguousColumn(header));
            }
            else if (claimedBy.TryGetValue(index, out var other))
            {
                errors.Add(headerLine, headers[index], entry, ReadingReasons.ColumnMappedTwice(headers[index], other, field.Name));
            }
            else
            {
                claimedBy[index] = field.Name;
                columns[field.Name] = index;
            }
        }

        var ignored = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (claimedBy.ContainsKey(i))
            {
                continue;
            }

            var field = string.IsNullOrWhiteSpace(headers[i]) ? null : schema.Match(headers[i]);
            if (field is null || overridden.Contains(field.Name))
            {
                if (!string.IsNullOrWhiteSpace(headers[i]))
                {
                    ignored.Add(headers[i]);
                }
            }
            else if (columns.TryGetValue(field.Name, out var first))
            {
                errors.Add(headerLine, headers[i], null, ReadingReasons.TwoColumnsMatch(headers[first], headers[i], field.Name));
            }
            else
            {
                columns[field.Name] = i;
            }
        }

        foreach (var field in schema.Fields.Where(f => f.Required && !columns.ContainsKey(f.Name)))
        {
            errors.Add(headerLine, field.Name, null,
                found is null ? ReadingReasons.RequiredColumnMissingNoHeaders(field.Name) : ReadingReasons.RequiredColumnMissing(field.Name, found));
        }

        foreach (var (a, b) in schema.MutuallyExclusive.Where(p => columns.ContainsKey(p.A) && columns.ContainsKey(p.B)))
        {
            errors.Add(headerLine, headers[columns[b]], null, ReadingReasons.ExclusiveColumns(a, headers[columns[a]], b, headers[columns[b]]));
        }

        return new HeaderMapping(schema, headers, columns, ignored);
    }

    /// <summary>The headers, quoted, for a reason to list; null when there are none (a text of its own).</summary>
    private static string? HeadersFound(IReadOnlyList<string> headers) =>
        headers.Count == 0 ? null : string.Join(", ", headers.Select(h => $"'{h}'"));

    /// <summary>Index of the header, -1 when absent, -2 when ambiguous. Exact (case-insensitive) first, then normalised.</summary>
    private static int FindHeader(IReadOnlyList<string> headers, string wanted)
    {
        var exact = Indexes(headers, h => string.Equals(h.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? exact[0] : -2;
        }

        var key = ImportSchema.NormalizeHeader(wanted);
        var loose = Indexes(headers, h => string.Equals(ImportSchema.NormalizeHeader(h), key, StringComparison.Ordinal));
        return loose.Count switch
        {
            0 => -1,
            1 => loose[0],
            _ => -2,
        };
    }

    private static List<int> Indexes(IReadOnlyList<string> headers, Func<string, bool> predicate)
    {
        var result = new List<int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (predicate(headers[i]))
            {
                result.Add(i);
            }
        }

        return result;
    }
}
