using Salgskraft.Core.Common;
using System.Text;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// The entry point of the import's reading layer: detects a file's format (CSV or xlsx, encoding,
/// delimiter, decimal separator, date format, header line), maps its headers to the kind's
/// canonical fields and streams its rows. It never throws on bad bytes: every problem with the
/// file is an <see cref="ImportError"/> in the session.
/// </summary>
public static class ImportFileReader
{
    private const int PrefixBytes = 64 * 1024;
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>
    /// Opens a file for reading. The caller keeps ownership of <paramref name="stream"/> and must
    /// keep it open until the session is disposed; it is read once, front to back (an xlsx that
    /// cannot seek is first copied to a temporary file).
    /// </summary>
    /// <param name="stream">The uploaded or opened file.</param>
    /// <param name="fileName">Used only to tell the user what was expected (.xlsx vs CSV); the content decides.</param>
    /// <param name="kind">Which kind of file, deciding the canonical fields.</param>
    /// <param name="options">Overrides of the detected format, mapping overrides and limits; defaults when null.</param>
    public static ReadSession Open(Stream stream, string fileName, ImportKind kind, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        var errors = new ImportErrorCollector(options.MaxErrors);
        try
        {
            var start = stream.CanSeek ? stream.Position : 0;
            var prefix = ReadPrefix(stream, out var complete);
            if (prefix.Length == 0)
            {
                return Failed(errors, ReadingReasons.EmptyFile());
            }

            var span = prefix.AsSpan();
            if (span.StartsWith(ZipMagic))
            {
                return OpenXlsx(stream, start, prefix, kind, options, errors);
            }

            if (span.StartsWith(OleMagic))
            {
                return Failed(errors, ReadingReasons.OldOfficeBinary());
            }

            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                return Failed(errors, ReadingReasons.XlsxNameButNotZip());
            }

            return OpenCsv(stream, prefix, complete, kind, options, errors);
        }
        catch (IOException ex)
        {
            return Failed(errors, ReadingReasons.FileUnreadable(ex.Message));
        }
    }

    private static ReadSession OpenCsv(Stream stream, byte[] prefix, bool complete, ImportKind kind, ReadOptions options, ImportErrorCollector errors)
    {
        Reason? error;
        var encoding = options.Encoding is { } name
            ? EncodingDetector.FromName(name, prefix, out error)
            : EncodingDetector.Detect(prefix, complete, out error);
        if (encoding is null)
        {
            return Failed(errors, error!);
        }

        var lenient = (Encoding)encoding.Encoding.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        var text = lenient.GetString(prefix, encoding.BomLength, prefix.Length - encoding.BomLength);
        if (LooksBinary(text))
        {
            return Failed(errors, ReadingReasons.NotText(encoding.Name));
        }

        var notes = new List<Reason>();
        var delimiter = options.Delimiter ?? FormatDetector.DetectDelimiter(text, complete);
        if (delimiter is null)
        {
            delimiter = ';';
            notes.Add(ReadingReasons.NoDelimiterFound());
        }
        else if (delimiter is '"' or '\r' or '\n')
        {
            return Failed(errors, ReadingReasons.NotADelimiter(delimiter.Value));
        }

        var content = new PrefixedStream(prefix.AsMemory(encoding.BomLength), stream);
        var reader = new StreamReader(content, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        var source = new CsvRecordReader(reader, delimiter.Value, encoding.Name, options.MaxFieldChars, options.MaxFields);
        return Prepare(source, FileContainer.Csv, encoding.Name, delimiter, null, kind, options, errors, notes, null);
    }

    private static ReadSession OpenXlsx(Stream stream, long start, byte[] prefix, ImportKind kind, ReadOptions options, ImportErrorCollector errors)
    {
        Stream seekable;
        IDisposable? owned = null;
        if (stream.CanSeek && start == 0)
        {
            seekable = stream;
        }
        else
        {
            // A zip is read from its end (the central directory), so it needs a seekable copy.
            var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            owned = temp;
            temp.Write(prefix);
            var buffer = new byte[81920];
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                temp.Write(buffer, 0, n);
                if (temp.Length > options.MaxXlsxTotalBytes)
                {
                    temp.Dispose();
                    return Failed(errors, ReadingReasons.XlsxFileTooLarge(options.MaxXlsxTotalBytes / (1024 * 1024)));
                }
            }

            seekable = temp;
        }

        var source = XlsxRecordReader.Open(seekable, options, out var error);
        if (source is null)
        {
            owned?.Dispose();
            return Failed(errors, error!);
        }

        return Prepare(source, FileContainer.Xlsx, null, null, source.SheetName, kind, options, errors, [], owned);
    }

    private static ReadSession Prepare(IRecordSource source, FileContainer container, string? encodingName, char? delimiter, string? sheetName,
        ImportKind kind, ReadOptions options, ImportErrorCollector errors, List<Reason> notes, IDisposable? owned)
    {
        var sample = new List<RawRecord>();
        while (sample.Count < options.SampleRecords && source.TryRead(out var record))
        {
            sample.Add(record);
        }

        var schema = ImportSchema.For(kind);
        var headerIndex = options.HeaderLine is { } line ? sample.FindIndex(r => r.Line == line) : FormatDetector.FindHeader(sample, schema);
        if (headerIndex < 0)
        {
            // What ended reading (with its line and translations) explains a missing header best.
            var failure = source.Error
                ?? new ImportError(0, null, null, options.HeaderLine is { } wanted ? ReadingReasons.NoSuchHeaderLine(wanted) : ReadingReasons.NoHeaderLine());
            source.Dispose();
            owned?.Dispose();
            errors.Add(failure);
            return new ReadSession(errors);
        }

        var header = sample[headerIndex];
        var headers = header.Cells.Select(c => c?.Trim() ?? "").ToList();
        var mapping = HeaderMatcher.Match(schema, headers, options.Mapping, header.Line, errors);
        if (errors.HasErrors && source.Error is { } early)
        {
            errors.Add(early); // the rows will not be read, so report what the sample already hit
        }

        var data = sample.Skip(headerIndex + 1).Where(r => !r.IsBlank).ToList();

        var numericColumns = mapping.Fields.Where(f => f.Type is FieldType.Decimal or FieldType.Integer).Select(f => mapping.ColumnOf(f.Name)).ToHashSet();
        var dateColumns = mapping.Fields.Where(f => f.Type == FieldType.Date).Select(f => mapping.ColumnOf(f.Name)).ToHashSet();
        var number = options.DecimalSeparator switch
        {
            ',' => NumberFormatDecision.Comma,
            '.' => NumberFormatDecision.Point,
            _ => FormatDetector.DecideNumber(
                TextCells(data, i => numericColumns.Count > 0 ? numericColumns.Contains(i) : !dateColumns.Contains(i)),
                delimiter, container == FileContainer.Xlsx, notes),
        };
        var date = options.DateFormat ?? FormatDetector.DecideDate(TextCells(data, dateColumns.Contains), notes);
        var format = new FileFormat(container, encodingName, delimiter, number, date, header.Line, sheetName, notes);
        var pending = sample.Skip(headerIndex + 1).ToList();
        return new ReadSession(errors, format, mapping, source, pending, options, owned);
    }

    private static IEnumerable<string?> TextCells(List<RawRecord> records, Func<int, bool> column)
    {
        foreach (var record in records)
        {
            for (var i = 0; i < record.Cells.Length; i++)
            {
                if (column(i) && record.Numeric?[i] != true)
                {
                    yield return record.Cells[i];
                }
            }
        }
    }

    private static ReadSession Failed(ImportErrorCollector errors, Reason reason)
    {
        errors.Add(0, null, null, reason);
        return new ReadSession(errors);
    }

    private static byte[] ReadPrefix(Stream stream, out bool complete)
    {
        var buffer = new byte[PrefixBytes];
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }

        complete = total < buffer.Length;
        return buffer[..total];
    }

    /// <summary>Text files have almost no control characters besides tab and line breaks.</summary>
    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))
            {
                control++;
            }
        }

        return control > 0 && control * 100 > text.Length;
    }
}
