using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Salgskraft.Core.Data;

/// <summary>How many rows a table holds, counted no further than asked, so that the question stays cheap on a big table.</summary>
public static class RowCount
{
    /// <summary>The table's rows, or <paramref name="limit"/> when it holds at least that many.</summary>
    public static async Task<long> UpToAsync(SalgskraftDbContext db, string table, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = $"SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM \"{table}\" LIMIT {limit.ToString(CultureInfo.InvariantCulture)}) AS t";
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
    }
}
