using Salgskraft.Core.Common;
using System.Buffers;
using System.Text;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// A strict RFC 4180 reader that knows the physical line each record starts on. Written here
/// rather than taken from Sylvan or CsvHelper because neither reports the physical line of a
/// record (only its record number), and both recover from bad quotes in ways that must be
/// configured away. Every behaviour is decided here, on purpose:
/// <list type="bullet">
/// <item>A field is quoted when its first non-blank character is <c>"</c>; inside it, <c>""</c> is a quote and delimiters and line breaks are data.</item>
/// <item>A quote inside an unquoted field, anything but blanks after a closing quote, or a quote left open at the end of the file is an error with the line.</item>
/// <item>Unquoted fields are trimmed of spaces (and tabs unless tab is the delimiter); quoted fields keep their content exactly.</item>
/// <item>Line breaks are CRLF, LF or CR; a line break inside a quoted field is kept as LF.</item>
/// <item>A NUL character means the data is binary and ends reading; so do bytes that are invalid in the chosen encoding, reported on their line.</item>
/// <item>Field-count mismatches are left to the caller, which knows the header's width.</item>
/// </list>
/// Memory is one buffer plus the current record: fields longer than the cap end reading.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter, string encodingName, int maxFieldChars, int maxFields) : IRecordSource
{
    private const int Eof = -1;
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private readonly List<string?> _cells = [];
    private readonly SearchValues<char> _stops = SearchValues.Create([delimiter, '\r', '\n', '"', '\0', EncodingDetector.Invalid]);
    private int _position;
    private int _length;
    private bool _atEnd;
    private long _line = 1;

    public ImportError? Error { get; private set; }

    public bool TryRead(out RawRecord record)
    {
        record = default;
        if (Error is not null || Peek() == Eof)
        {
            return false;
        }

        var start = _line;
        _cells.Clear();
        while (true)
        {
            if (!ReadField(start, out var endOfRecord))
            {
                return false;
            }

            if (_cells.Count > maxFields)
            {
                return Fail(start, null, ReadingReasons.TooManyFields(maxFields));
            }

            if (endOfRecord)
            {
                record = new RawRecord(start, [.. _cells], null);
                return true;
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private bool ReadField(long recordLine, out bool endOfRecord)
    {
        endOfRecord = false;
        if (TryReadPlainFieldInBuffer())
        {
            return EndField(out endOfRecord);
        }

        _field.Clear();
        var column = _cells.Count + 1;
        while (IsBlank(Peek()))
        {
            _field.Append((char)Read());
        }

        if (Peek() == '"')
        {
            _field.Clear();
            Read();
            var quoteLine = _line;
            while (true)
            {
                var c = Read();
                switch (c)
                {
                    case Eof:
                        return Error is null && Fail(quoteLine, null, ReadingReasons.UnclosedQuote(column, quoteLine));
                    case '"' when Peek() == '"':
                        Read();
                        _field.Append('"');
                        break;
                    case '"':
                        goto closed;
                    case '\r':
                        if (Peek() == '\n')
                        {
                            Read();
                        }

                        _line++;
                        _field.Append('\n');
                        break;
                    case '\n':
                        _line++;
                        _field.Append('\n');
                        break;
                    case '\0':
                        return Binary();
                    case EncodingDetector.Invalid:
                        return WrongEncoding();
                    default:
                        _field.Append((char)c);
                        break;
                }

                if (_field.Length > maxFieldChars)
                {
                    return Fail(quoteLine, null, ReadingReasons.QuotedFieldTooLong(column, maxFieldChars));
                }
            }

        closed:
            while (IsBlank(Peek()))
            {
                Read();
            }

            var next = Peek();
            if (next != delimiter && next is not ('\r' or '\n' or Eof))
            {
                return Error is null && Fail(_line, null, ReadingReasons.TextAfterClosingQuote((char)next, column));
            }

            _cells.Add(_field.ToString());
            return EndField(out endOfRecord);
        }

        while (true)
        {
            var c = Peek();
            if (c == delimiter || c is '\r' or '\n' or Eof)
            {
                break;
            }

            if (c == '"')
            {
                return Fail(_line, null, ReadingReasons.QuoteInUnquotedField(column));
            }

            if (c == '\0')
            {
                return Binary();
            }

            if (c == EncodingDetector.Invalid)
            {
                return WrongEncoding();
            }

            _field.Append((char)Read());
            if (_field.Length > maxFieldChars)
            {
                return Fail(recordLine, null, ReadingReasons.FieldTooLong(column, maxFieldChars));
            }
        }

        if (Error is not null)
        {
            return false;
        }

        _cells.Add(Trimmed());
        return EndField(out endOfRecord);
    }

    /// <summary>
    /// The common case, taken without copying char by char: an unquoted field that ends inside the
    /// buffer. Anything else (a quote, NUL, an invalid byte, the buffer's end) takes the full path.
    /// </summary>
    private bool TryReadPlainFieldInBuffer()
    {
        if (_position == _length && !Fill())
        {
            return false;
        }

        var span = _buffer.AsSpan(_position, _length - _position);
        var stop = span.IndexOfAny(_stops);
        if (stop < 0 || span[stop] is '"' or '\0' or EncodingDetector.Invalid || stop > maxFieldChars)
        {
            return false;
        }

        var value = span[..stop];
        var start = 0;
        var end = value.Length;
        while (start < end && IsBlank(value[start]))
        {
            start++;
        }

        while (end > start && IsBlank(value[end - 1]))
        {
            end--;
        }

        _cells.Add(start == end ? "" : new string(value[start..end]));
        _position += stop;
        return true;
    }

    private bool EndField(out bool endOfRecord)
    {
        var c = Read();
        endOfRecord = c != delimiter;
        if (c == '\r' && Peek() == '\n')
        {
            Read();
        }

        if (c is '\r' or '\n')
        {
            _line++;
        }

        return Error is null;
    }

    private string Trimmed()
    {
        var start = 0;
        var end = _field.Length;
        while (start < end && IsBlank(_field[start]))
        {
            start++;
        }

        while (end > start && IsBlank(_field[end - 1]))
        {
            end--;
        }

        return _field.ToString(start, end - start);
    }

    private bool IsBlank(int c) => c == ' ' || (c == '\t' && delimiter != '\t');

    private bool Binary() => Fail(_line, null, ReadingReasons.NulCharacter());

    private bool WrongEncoding() => Fail(_line, null, ReadingReasons.InvalidBytes(_line, encodingName));

    private bool Fail(long line, string? column, Reason reason)
    {
        Error ??= new ImportError(line, column, null, reason);
        return false;
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return Eof;
        }

        return _buffer[_position];
    }

    private int Read()
    {
        if (_position == _length && !Fill())
        {
            return Eof;
        }

        return _buffer[_position++];
    }

    private bool Fill()
    {
        if (_atEnd || Error is not null)
        {
            return false;
        }

        try
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (IOException ex)
        {
            Fail(_line, null, ReadingReasons.FileUnreadable(ex.Message));
            _length = 0;
        }

        _position = 0;
        _atEnd = _length == 0;
        return !_atEnd;
    }
}
