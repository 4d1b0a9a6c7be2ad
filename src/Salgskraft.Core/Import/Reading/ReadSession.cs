namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// An opened import file: what was detected, how headers map to fields, and a single streaming
/// pass over its rows. Errors found while opening (empty or binary file, missing column) are in
/// <see cref="Errors"/> before any row is read, and then <see cref="Rows"/> yields nothing; errors
/// found while reading (a bad quote, a bad number on line 50 001) are added as the rows pass.
/// </summary>
public sealed class ReadSession : IDisposable
{
    private readonly IRecordSource? _source;
    private readonly List<RawRecord> _pending;
    private readonly ReadOptions _options;
    private readonly IDisposable? _owned;
    private readonly RowContext? _context;
    private bool _started;

    internal ReadSession(ImportErrorCollector errors, FileFormat? format = null, HeaderMapping? mapping = null,
        IRecordSource? source = null, List<RawRecord>? pending = null, ReadOptions? options = null, IDisposable? owned = null)
    {
        Errors = errors;
        Format = format;
        Mapping = mapping;
        _source = source;
        _pending = pending ?? [];
        _options = options ?? ReadOptions.Default;
        _owned = owned;
        CanReadRows = source is not null && format is not null && mapping is not null && !errors.HasErrors;
        _context = CanReadRows ? new RowContext(mapping!, format!) : null;
    }

    /// <summary>What was detected (or forced); null when the file could not be read far enough to tell.</summary>
    public FileFormat? Format { get; }

    /// <summary>Field → column; null when no header was found.</summary>
    public HeaderMapping? Mapping { get; }

    public ImportErrorCollector Errors { get; }

    /// <summary>True when the file opened without errors and <see cref="Rows"/> will read it.</summary>
    public bool CanReadRows { get; }

    /// <summary>Data rows yielded so far (blank lines and rows with the wrong number of fields are not rows).</summary>
    public long RowsRead { get; private set; }

    /// <summary>
    /// The data rows, read once, in file order. Blank lines are skipped; a record with another
    /// number of fields than the header is an error, not a row. With
    /// <see cref="ReadOptions.ValidateValues"/>, every mapped value is checked and errors collected;
    /// rows with errors are still yielded, with <see cref="ImportRow.IsValid"/> false.
    /// </summary>
    /// <exception cref="InvalidOperationException">Enumerated a second time: the file is a stream.</exception>
    public IEnumerable<ImportRow> Rows
    {
        get
        {
            if (_started)
            {
                throw new InvalidOperationException("The rows of an import file can be read only once.");
            }

            _started = true;
            return CanReadRows ? ReadRows() : [];
        }
    }

    public void Dispose()
    {
        _source?.Dispose();
        _owned?.Dispose();
    }

    private IEnumerable<ImportRow> ReadRows()
    {
        var context = _context!;
        var width = context.Mapping.Headers.Count;
        var csv = context.Format.Container == FileContainer.Csv;
        var index = 0;
        while (true)
        {
            RawRecord record;
            if (index < _pending.Count)
            {
                record = _pending[index++];
            }
            else if (!_source!.TryRead(out record))
            {
                break;
            }

            if (record.IsBlank)
            {
                continue;
            }

            if (csv && record.Cells.Length != width)
            {
                Errors.Add(record.Line, null, null, ReadingReasons.FieldCountMismatch(record.Cells.Length, width));
                continue;
            }

            if (!csv && BeyondHeader(record, width) is { } extra)
            {
                Errors.Add(ImportError.InUnnamedColumn(record.Line, ReadingReasons.UnnamedColumn(extra + 1), record.Cells[extra], ReadingReasons.ValueWithoutHeader()));
                continue;
            }

            var row = new ImportRow(context, record);
            if (_options.ValidateValues)
            {
                row.IsValid = Validate(row, record, context);
            }

            RowsRead++;
            yield return row;
        }

        if (_source!.Error is { } error)
        {
            Errors.Add(error);
        }
    }

    private static int? BeyondHeader(RawRecord record, int width)
    {
        for (var i = width; i < record.Cells.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(record.Cells[i]))
            {
                return i;
            }
        }

        return null;
    }

    private bool Validate(ImportRow row, RawRecord record, RowContext context)
    {
        var valid = true;
        foreach (var field in context.Mapping.Fields)
        {
            var value = row.Get(field.Name);
            var header = context.Mapping.HeaderOf(field.Name);
            if (value is null)
            {
                if (field.Required)
                {
                    Errors.Add(record.Line, header, null, ReadingReasons.RequiredEmpty(field.Name));
                    valid = false;
                }

                continue;
            }

            var reason = field.Type switch
            {
                FieldType.Decimal => ValueParsers.ParseDecimal(value, row.NumberFormatFor(field.Name)).Error,
                FieldType.Integer => ValueParsers.ParseInteger(value, row.NumberFormatFor(field.Name)).Error,
                FieldType.Date => ValueParsers.ParseDate(value, context.Format.DateFormat).Error,
                FieldType.Boolean => ValueParsers.ParseBool(value).Error,
                _ => null,
            };
            if (reason is not null)
            {
                Errors.Add(record.Line, header, value, reason);
                valid = false;
            }
        }

        return valid;
    }
}
