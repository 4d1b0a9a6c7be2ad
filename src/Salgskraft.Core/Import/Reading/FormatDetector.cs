using Salgskraft.Core.Common;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Decides a file's delimiter, header line, decimal separator and date format from the file itself.
/// Every decision comes from the file's bytes and values, never from the machine's culture.
/// </summary>
internal static class FormatDetector
{
    private const int LinesToSample = 50;
    private const int HeaderSearchDepth = 10;

    /// <summary>
    /// The delimiter whose count outside quotes is the same on most of the first lines (ties: more
    /// fields, then <c>; tab | ,</c>). Excel's <c>sep=X</c> first line decides outright.
    /// </summary>
    public static char? DetectDelimiter(string text, bool complete)
    {
        if (text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length > 4 && ReadOptions.Delimiters.Contains(text[4]))
        {
            return text[4];
        }

        var lines = LogicalLines(text, complete);
        char? best = null;
        var (bestShare, bestCount) = (0.0, 0);
        foreach (var candidate in ReadOptions.Delimiters)
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, candidate)).ToList();
            var mode = counts.Where(c => c > 0).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
            if (mode is null)
            {
                continue;
            }

            var share = (double)mode.Count() / counts.Count;
            if (share > bestShare || (share.Equals(bestShare) && mode.Key > bestCount))
            {
                (best, bestShare, bestCount) = (candidate, share, mode.Key);
            }
        }

        return best;
    }

    public static bool IsSepLine(RawRecord record) =>
        record.Cells.Length is 1 or 2 && record.Cells[0] is { } first && first.StartsWith("sep=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Index in <paramref name="sample"/> of the header: among the first non-blank records, the one
    /// that names the most of the kind's fields (title lines above a header are common in ERP
    /// exports); the first non-blank record when none names a field.
    /// </summary>
    public static int FindHeader(IReadOnlyList<RawRecord> sample, ImportSchema schema)
    {
        var best = -1;
        var bestMatches = 0;
        var seen = 0;
        for (var i = 0; i < sample.Count && seen < HeaderSearchDepth; i++)
        {
            if (sample[i].IsBlank || IsSepLine(sample[i]))
            {
                continue;
            }

            seen++;
            best = best < 0 ? i : best;
            var matches = sample[i].Cells.Count(c => !string.IsNullOrWhiteSpace(c) && schema.Match(c) is not null);
            if (matches > bestMatches)
            {
                (best, bestMatches) = (i, matches);
            }
        }

        return best;
    }

    /// <summary>
    /// Votes on the decimal separator: a value with both comma and point has its decimal separator
    /// last; one separator followed by other than three digits is decimal; repeated, it groups
    /// thousands. <c>1.234</c> alone says nothing. Without votes, <c>,</c>-delimited files take the
    /// decimal point and others the Nordic decimal comma, and a note says so.
    /// </summary>
    public static NumberFormatDecision DecideNumber(IEnumerable<string?> values, char? delimiter, bool xlsx, List<Reason> notes)
    {
        var (comma, point) = (0, 0);
        foreach (var value in values)
        {
            switch (Vote(value))
            {
                case ',':
                    comma++;
                    break;
                case '.':
                    point++;
                    break;
            }
        }

        if (comma == 0 && point == 0)
        {
            var fallback = xlsx || delimiter == ',' ? NumberFormatDecision.Point : NumberFormatDecision.Comma;
            notes.Add(ReadingReasons.NoDecimalSeparatorSeen(fallback.DecimalSeparator));
            return fallback;
        }

        if (comma > 0 && point > 0)
        {
            notes.Add(ReadingReasons.BothDecimalSeparators(comma, point));
        }

        return comma >= point ? NumberFormatDecision.Comma : NumberFormatDecision.Point;
    }

    /// <summary>The date format most of the sampled date values use; ISO when none is seen.</summary>
    public static DateFormat DecideDate(IEnumerable<string?> values, List<Reason> notes)
    {
        var votes = values.Select(DateVote).OfType<DateFormat>().GroupBy(f => f).OrderByDescending(g => g.Count()).ToList();
        if (votes.Count == 0)
        {
            notes.Add(ReadingReasons.NoDatesSeen());
            return DateFormat.Iso;
        }

        if (votes.Count > 1)
        {
            notes.Add(ReadingReasons.DatesInSeveralFormats(DateFormats.Pattern(votes[0].Key)));
        }

        return votes[0].Key;
    }

    private static char? Vote(string? raw)
    {
        var s = raw.AsSpan().Trim().Trim("()-+\u2212").Trim();
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return null;
        }

        var (commas, points, spaces) = (0, 0, 0);
        foreach (var c in s)
        {
            if (c == ',')
            {
                commas++;
            }
            else if (c == '.')
            {
                points++;
            }
            else if (NumberFormatDecision.IsSpaceGroupSeparator(c))
            {
                spaces++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        if (commas > 0 && points > 0)
        {
            var last = s.LastIndexOfAny(',', '.');
            var other = s[last] == ',' ? '.' : ',';
            return s.IndexOf(s[last]) == last && ValidGroups(s[..last], other) ? s[last] : null;
        }

        var separator = commas > 0 ? ',' : points > 0 ? '.' : '\0';
        if (separator == '\0')
        {
            return null;
        }

        if (commas + points > 1)
        {
            // Repeated: a thousands separator, but only with proper groups (not 12.01.2025).
            return ValidGroups(s, separator) ? (separator == ',' ? '.' : ',') : null;
        }

        var at = s.IndexOf(separator);
        var after = s.Length - at - 1;
        var before = s[..at];
        if (after != 3 || spaces > 0 || before is "0")
        {
            return ValidGroups(before, '\0') ? separator : null;
        }

        return null;
    }

    private static DateFormat? DateVote(string? raw)
    {
        var s = raw.AsSpan().Trim();
        if (s.Length >= 10 && s[4] == '-' && s[7] == '-' && char.IsAsciiDigit(s[0]))
        {
            return DateFormat.Iso;
        }

        var firstDot = s.IndexOf('.');
        var lastDot = s.LastIndexOf('.');
        if (firstDot is 1 or 2 && lastDot > firstDot)
        {
            var yearLength = s[(lastDot + 1)..].IndexOfAny(' ', 'T') is var end && end >= 0 ? end : s.Length - lastDot - 1;
            return yearLength == 2 ? DateFormat.DayMonthShortYear : yearLength == 4 ? DateFormat.DayMonthYear : null;
        }

        return s.Length is >= 1 and <= 7 && !s.ContainsAnyExceptInRange('0', '9') ? DateFormat.ExcelSerial : null;
    }

    /// <summary>Digits in groups: first 1–3 digits, then groups of exactly three after each separator.</summary>
    private static bool ValidGroups(ReadOnlySpan<char> s, char separator)
    {
        var group = 0;
        var first = true;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                group++;
            }
            else if (c == separator || NumberFormatDecision.IsSpaceGroupSeparator(c))
            {
                if ((first && group is < 1 or > 3) || (!first && group != 3))
                {
                    return false;
                }

                first = false;
                group = 0;
            }
            else
            {
                return false;
            }
        }

        return first ? group > 0 : group == 3;
    }

    private static List<string> LogicalLines(string text, bool complete)
    {
        var lines = new List<string>();
        var inQuotes = false;
        var start = 0;
        for (var i = 0; i < text.Length && lines.Count < LinesToSample; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\n' or '\r')
            {
                if (i > start)
                {
                    lines.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        // The last line of a cut sample may be incomplete; of a whole file, it is a line.
        if (complete && start < text.Length && lines.Count < LinesToSample)
        {
            lines.Add(text[start..]);
        }

        if (lines.Count == 0 && text.Length > 0)
        {
            lines.Add(text);
        }

        return lines;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == delimiter && !inQuotes)
            {
                count++;
            }
        }

        return count;
    }
}
