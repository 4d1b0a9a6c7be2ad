using System.Globalization;
using System.Text;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Web.Features.Import;

/// <summary>
/// The error list of an import as a file to open in Excel: <c>line;column;value;reason</c>, semicolon-separated as
/// Nordic Excel expects, UTF-8 with a byte order mark so that æøå come out right.
/// </summary>
public static class ImportErrorFile
{
    public static byte[] Csv(IEnumerable<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder("line;column;value;reason\r\n");
        foreach (var e in errors)
        {
            text.Append(e.Line.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(Field(e.Column)).Append(';')
                .Append(Field(e.Value)).Append(';')
                .Append(Field(e.Reason)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Quoted (quotes doubled) when the value holds a delimiter, a quote or a line break.</summary>
    private static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
