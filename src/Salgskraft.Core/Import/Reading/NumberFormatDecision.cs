namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// How numbers are written in one file: its decimal separator. Decided from the file's own values,
/// never from the machine's culture, so that a da-DK server reads <c>1234.50</c> in a point-decimal
/// file as 1234.50 and not 123450.
/// </summary>
/// <remarks>
/// Space, no-break space (U+00A0), narrow no-break space (U+202F) and apostrophe are always accepted
/// as thousands separators; the other of comma and point is the thousands separator too.
/// </remarks>
public sealed record NumberFormatDecision(char DecimalSeparator)
{
    /// <summary>Decimal comma, point or space thousands: the Nordic way.</summary>
    public static readonly NumberFormatDecision Comma = new(',');

    /// <summary>Decimal point, comma or space thousands.</summary>
    public static readonly NumberFormatDecision Point = new('.');

    /// <summary>The separator that groups thousands next to the decimal separator.</summary>
    public char GroupSeparator => DecimalSeparator == ',' ? '.' : ',';

    internal static bool IsSpaceGroupSeparator(char c) =>
        c is ' ' or '\u00A0' or '\u202F' or '\'' or '\u2019';
}
