namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// One data record of an import file: the physical line it starts on and its raw values by
/// canonical field. Typed getters parse with the file's decisions, never the machine's culture.
/// </summary>
public sealed class ImportRow
{
    private readonly RowContext _context;
    private readonly RawRecord _record;

    internal ImportRow(RowContext context, RawRecord record)
    {
        _context = context;
        _record = record;
    }

    /// <summary>Physical line (CSV) or sheet row (xlsx) where the record starts; the header is line 1 when it is the first line.</summary>
    public long Line => _record.Line;

    /// <summary>False when validating found an error on this row (the error is in the session's collector).</summary>
    public bool IsValid { get; internal set; } = true;

    /// <summary>The trimmed raw value of a field; null when the file has no such column or the cell is empty.</summary>
    /// <exception cref="ArgumentException">The field is not a canonical field of the file's kind (a programming error).</exception>
    public string? Get(string field)
    {
        var index = _context.ColumnOf(field);
        if (index < 0 || index >= _record.Cells.Length)
        {
            return null;
        }

        var value = _record.Cells[index]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The field as a number; null when empty or not a number (reported when the session validates).</summary>
    public decimal? GetDecimal(string field) => ParseDecimal(field) is { Success: true } r ? r.Value : null;

    public int? GetInt(string field) =>
        Get(field) is { } value && ValueParsers.ParseInteger(value, NumberFormatFor(field)) is { Success: true } r ? r.Value : null;

    public DateOnly? GetDate(string field) =>
        Get(field) is { } value && ValueParsers.ParseDate(value, _context.Format.DateFormat) is { Success: true } r ? r.Value : null;

    public bool? GetBool(string field) =>
        Get(field) is { } value && ValueParsers.ParseBool(value) is { Success: true } r ? r.Value : null;

    /// <summary>Number cells of an xlsx are numbers already; only text follows the file's decimal separator.</summary>
    internal NumberFormatDecision NumberFormatFor(string field)
    {
        var index = _context.ColumnOf(field);
        return _record.Numeric is { } numeric && index >= 0 && index < numeric.Length && numeric[index]
            ? NumberFormatDecision.Point
            : _context.Format.Number;
    }

    private ParseResult<decimal>? ParseDecimal(string field) =>
        Get(field) is { } value ? ValueParsers.ParseDecimal(value, NumberFormatFor(field)) : null;
}

/// <summary>What every row of one file shares: the mapping and the format decisions.</summary>
internal sealed class RowContext(HeaderMapping mapping, FileFormat format)
{
    public HeaderMapping Mapping { get; } = mapping;

    public FileFormat Format { get; } = format;

    public int ColumnOf(string field)
    {
        var index = Mapping.ColumnOf(field);
        if (index < 0 && Mapping.Schema.Find(field) is null)
        {
            throw new ArgumentException($"'{field}' is not a field of {ImportKinds.Name(Mapping.Schema.Kind)}.", nameof(field));
        }

        return index;
    }
}
