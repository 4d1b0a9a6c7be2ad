using System.Globalization;
using System.Text;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Web.Features.Import;

/// <summary>
/// The error list of an import as a file to open in Excel: line, column, value and reason under the user's headings and
/// in the user's language, semicolon-separated as Nordic Excel expects, UTF-8 with a byte order mark so that æøå come
/// out right.
/// </summary>
public static class ImportErrorFile
{
    /// <param name="errors">The errors, in order.</param>
    /// <param name="culture">The language of the reasons (and of the name of a column without a header).</param>
    /// <param name="headings">The four column headings: line, column, value, reason.</param>
    public static byte[] Csv(IEnumerable<ImportError> errors, CultureInfo culture, IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(headings);
        var text = new StringBuilder(string.Join(';', headings.Select(Field))).Append("\r\n");
        foreach (var e in errors)
        {
            text.Append(e.Line.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(Field(e.ColumnIn(culture))).Append(';')
                .Append(Field(e.Value)).Append(';')
                .Append(Field(e.ReasonIn(culture))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Quoted (quotes doubled) when the value holds a delimiter, a quote or a line break.</summary>
    private static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
