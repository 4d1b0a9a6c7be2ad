namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// How a file writes dates. Every format is day-first or year-first; month-first (US) dates are
/// not read because <c>01.02.2025</c> must never silently become 2 January.
/// </summary>
public enum DateFormat
{
    /// <summary><c>dd.MM.yyyy</c> (also <c>d.M.yyyy</c>): 12.01.2025 is 12 January.</summary>
    DayMonthYear,

    /// <summary><c>d.M.yy</c>: two-digit years 00–49 are 20xx, 50–99 are 19xx.</summary>
    DayMonthShortYear,

    /// <summary>ISO 8601 <c>yyyy-MM-dd</c>, optionally followed by a time that is ignored.</summary>
    Iso,

    /// <summary>Excel serial day numbers (1900 date system), as plain numbers.</summary>
    ExcelSerial,
}

/// <summary>Display names of <see cref="DateFormat"/> as users write them.</summary>
public static class DateFormats
{
    public static string Pattern(DateFormat format) => format switch
    {
        DateFormat.DayMonthYear => "dd.MM.yyyy",
        DateFormat.DayMonthShortYear => "d.M.yy",
        DateFormat.Iso => "yyyy-MM-dd",
        _ => "Excel serial",
    };

    /// <summary>Reads a pattern or enum name (<c>dd.MM.yyyy</c>, <c>iso</c>, <c>serial</c>) as given in an override.</summary>
    public static bool TryParse(string? text, out DateFormat format)
    {
        format = DateFormat.Iso;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "DD.MM.YYYY" or "D.M.YYYY" or "DAYMONTHYEAR":
                format = DateFormat.DayMonthYear;
                return true;
            case "D.M.YY" or "DD.MM.YY" or "DAYMONTHSHORTYEAR":
                format = DateFormat.DayMonthShortYear;
                return true;
            case "YYYY-MM-DD" or "ISO":
                format = DateFormat.Iso;
                return true;
            case "EXCEL" or "SERIAL" or "EXCEL SERIAL" or "EXCELSERIAL":
                format = DateFormat.ExcelSerial;
                return true;
            default:
                return false;
        }
    }
}
