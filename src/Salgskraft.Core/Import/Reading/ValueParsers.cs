using System.Globalization;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Pure, culture-explicit parsers for the values found in import files. Each takes the decision
/// made for the file (never the machine's culture) and returns the value or a reason.
/// </summary>
public static class ValueParsers
{
    private const int MaxNumberChars = 64;
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private const int MaxExcelSerial = 2_958_465; // 9999-12-31

    /// <summary>
    /// Reads a decimal written with the file's separators. Accepts a minus (ASCII or U+2212) before
    /// or after the number, parentheses for negatives, and thousands groups of exactly three digits.
    /// Keeps every digit the file gives: <c>1234,50</c> is 1234.50 with scale 2, never rounded.
    /// </summary>
    public static ParseResult<decimal> ParseDecimal(string? text, NumberFormatDecision format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var s = text.AsSpan().Trim();
        if (s.IsEmpty)
        {
            return ParseResult<decimal>.Fail(ReadingReasons.EmptyNumber());
        }

        var negative = false;
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')')
        {
            negative = true;
            s = s[1..^1].Trim();
        }

        if (s.Length > 0 && (IsMinus(s[0]) || s[0] == '+'))
        {
            if (negative && IsMinus(s[0]))
            {
                return ParseResult<decimal>.Fail(ReadingReasons.TwoMinusSigns(text));
            }

            negative |= IsMinus(s[0]);
            s = s[1..].TrimStart();
        }
        else if (s.Length > 0 && IsMinus(s[^1]))
        {
            if (negative)
            {
                return ParseResult<decimal>.Fail(ReadingReasons.TwoMinusSigns(text));
            }

            negative = true;
            s = s[..^1].TrimEnd();
        }

        if (s.Length == 0 || s.Length > MaxNumberChars)
        {
            return ParseResult<decimal>.Fail(ReadingReasons.NotANumber(text));
        }

        Span<char> buffer = stackalloc char[MaxNumberChars + 3];
        var n = 0;
        if (negative)
        {
            buffer[n++] = '-';
        }

        var integerDigits = 0;
        var groupLength = -1; // digits since the last thousands separator; -1 = none seen
        var groupChar = '\0';
        var sawDecimal = false;
        var digits = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                if (!sawDecimal)
                {
                    if (groupLength >= 0)
                    {
                        groupLength++;
                    }
                    else
                    {
                        integerDigits++;
                    }
                }

                buffer[n++] = c;
            }
            else if (c == format.DecimalSeparator)
            {
                if (sawDecimal)
                {
                    return ParseResult<decimal>.Fail(ReadingReasons.TwoDecimalSeparators(text, format.DecimalSeparator));
                }

                if (groupLength >= 0 && groupLength != 3)
                {
                    return BadGrouping(text, format);
                }

                if (digits == 0)
                {
                    buffer[n++] = '0';
                }

                sawDecimal = true;
                buffer[n++] = '.';
            }
            else if (c == format.GroupSeparator || NumberFormatDecision.IsSpaceGroupSeparator(c))
            {
                if (sawDecimal
                    || (groupLength < 0 && (integerDigits is < 1 or > 3))
                    || (groupLength >= 0 && groupLength != 3)
                    || (groupChar != '\0' && groupChar != c))
                {
                    return BadGrouping(text, format);
                }

                groupChar = c;
                groupLength = 0;
            }
            else
            {
                return ParseResult<decimal>.Fail(ReadingReasons.NotADigit(text, c));
            }
        }

        if (digits == 0)
        {
            return ParseResult<decimal>.Fail(ReadingReasons.NotANumber(text));
        }

        if (groupLength >= 0 && groupLength != 3)
        {
            return BadGrouping(text, format);
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? ParseResult<decimal>.Ok(value)
            : ParseResult<decimal>.Fail(ReadingReasons.TooManyDigits(text));
    }

    /// <summary>Reads a whole number (line numbers, minutes) with the file's separators.</summary>
    public static ParseResult<int> ParseInteger(string? text, NumberFormatDecision format)
    {
        var parsed = ParseDecimal(text, format);
        if (!parsed.Success)
        {
            return ParseResult<int>.Fail(parsed.Error!);
        }

        return parsed.Value == decimal.Truncate(parsed.Value) && parsed.Value is >= int.MinValue and <= int.MaxValue
            ? ParseResult<int>.Ok((int)parsed.Value)
            : ParseResult<int>.Fail(ReadingReasons.NotAWholeNumber(text));
    }

    /// <summary>
    /// Reads a date in the file's format. ISO dates and Excel serial numbers are accepted in any
    /// file because neither can be mistaken for another date; day-first dates with a two- or
    /// four-digit year are accepted likewise. A time after the date is ignored.
    /// </summary>
    public static ParseResult<DateOnly> ParseDate(string? text, DateFormat format)
    {
        var s = text.AsSpan().Trim();
        if (s.IsEmpty)
        {
            return ParseResult<DateOnly>.Fail(ReadingReasons.EmptyDate());
        }

        if (s.Length >= 10 && char.IsAsciiDigit(s[0]) && s[4] == '-')
        {
            if (TryDigits(s[..4], out var y) && s[7] == '-' && TryDigits(s[5..7], out var m) && TryDigits(s[8..10], out var d)
                && (s.Length == 10 || s[10] is 'T' or ' '))
            {
                return Make(y, m, d, text, format);
            }

            return NotADate(text, format);
        }

        var dot = s.IndexOf('.');
        if (dot is 1 or 2)
        {
            var end = s.IndexOfAny(' ', 'T');
            var datePart = end < 0 ? s : s[..end];
            var second = datePart[(dot + 1)..].IndexOf('.');
            if (second is 1 or 2)
            {
                second += dot + 1;
                var yearPart = datePart[(second + 1)..];
                if (TryDigits(datePart[..dot], out var d) && TryDigits(datePart[(dot + 1)..second], out var m) && TryDigits(yearPart, out var y))
                {
                    if (yearPart.Length == 2)
                    {
                        return Make(y < 50 ? 2000 + y : 1900 + y, m, d, text, format);
                    }

                    if (yearPart.Length == 4)
                    {
                        return Make(y, m, d, text, format);
                    }
                }
            }

            if (!LooksLikeSerial(s))
            {
                return NotADate(text, format);
            }
        }

        if (LooksLikeSerial(s))
        {
            var whole = s.IndexOfAny('.', ',');
            if (TryDigits(whole < 0 ? s : s[..whole], out var serial) && serial is >= 1 and <= MaxExcelSerial)
            {
                return serial switch
                {
                    // Excel counts 29.02.1900, a day that never was; serials before it are one day off.
                    60 => ParseResult<DateOnly>.Fail(ReadingReasons.ExcelLeapDay1900(text)),
                    < 60 => ParseResult<DateOnly>.Ok(ExcelEpoch.AddDays(serial + 1)),
                    _ => ParseResult<DateOnly>.Ok(ExcelEpoch.AddDays(serial)),
                };
            }

            return ParseResult<DateOnly>.Fail(ReadingReasons.ExcelSerialOutOfRange(text, MaxExcelSerial));
        }

        return NotADate(text, format);
    }

    /// <summary>Reads yes/no in Norwegian, Danish or English, 1/0, or an <c>x</c> for yes.</summary>
    public static ParseResult<bool> ParseBool(string? text)
    {
        var s = text?.Trim().ToUpperInvariant();
        return s switch
        {
            null or "" => ParseResult<bool>.Fail(ReadingReasons.EmptyYesNo()),
            "JA" or "J" or "YES" or "Y" or "TRUE" or "SANN" or "SANT" or "SAND" or "1" or "X" => ParseResult<bool>.Ok(true),
            "NEI" or "NEJ" or "N" or "NO" or "FALSE" or "USANN" or "USANT" or "FALSK" or "0" => ParseResult<bool>.Ok(false),
            _ => ParseResult<bool>.Fail(ReadingReasons.NotYesNo(text)),
        };
    }

    private static bool IsMinus(char c) => c is '-' or '\u2212';

    private static ParseResult<decimal> BadGrouping(string? text, NumberFormatDecision format) =>
        ParseResult<decimal>.Fail(ReadingReasons.BadGrouping(text, format.DecimalSeparator, format.GroupSeparator));

    // "Excel serial" is words, not a pattern: a text of its own rather than an argument.
    private static ParseResult<DateOnly> NotADate(string? text, DateFormat format) =>
        ParseResult<DateOnly>.Fail(format == DateFormat.ExcelSerial
            ? ReadingReasons.NotAnExcelSerial(text)
            : ReadingReasons.NotADate(text, DateFormats.Pattern(format)));

    private static ParseResult<DateOnly> Make(int year, int month, int day, string? text, DateFormat format) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? ParseResult<DateOnly>.Ok(new DateOnly(year, month, day))
            : ParseResult<DateOnly>.Fail(format == DateFormat.ExcelSerial
                ? ReadingReasons.InvalidExcelSerialDate(text)
                : ReadingReasons.InvalidDate(text, DateFormats.Pattern(format)));

    private static bool LooksLikeSerial(ReadOnlySpan<char> s)
    {
        var separators = 0;
        foreach (var c in s)
        {
            if (c is '.' or ',')
            {
                separators++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return separators <= 1 && char.IsAsciiDigit(s[0]);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
