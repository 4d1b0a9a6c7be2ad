using Salgskraft.Core.Common;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Import;

internal sealed partial class ImportRun
{
    /// <summary>Maximum length of an external id (the columns are varchar(64)).</summary>
    public const int IdLength = 64;

    /// <summary>False, with an error, when the key was already on an earlier line of the file.</summary>
    public bool Unique(ImportRow row, Dictionary<string, long> seen, string field, string key)
    {
        if (seen.TryAdd(key, row.Line))
        {
            return true;
        }

        Errors.Add(row.Line, Column(field), key, ImportReasons.AlsoOnLine(key, seen[key]));
        return false;
    }

    /// <summary>
    /// The id of a reference the company must already have; an error (and null) when it is unknown, its reason made by
    /// <paramref name="unknown"/> (e.g. <see cref="ImportReasons.UnknownCustomer"/>).
    /// </summary>
    public int? Reference(ImportRow row, string field, string? key, IReadOnlyDictionary<string, int> known, Func<string, Reason> unknown)
    {
        if (key is null)
        {
            return null;
        }

        if (known.TryGetValue(key, out var id))
        {
            return id;
        }

        Error(row, field, key, unknown(key));
        return null;
    }
}
