using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Salgskraft.Core.Data;

/// <summary>A column of a bulk insert: its name in the table, its PostgreSQL type and how a row gives its value.</summary>
public sealed record BulkColumn<T>(string Name, NpgsqlDbType PostgresType, Func<T, object?> Value);

/// <summary>
/// The engines' bulk write paths behind one call: binary <c>COPY</c> on PostgreSQL, prepared multi-row
/// <c>INSERT</c>s on SQLite. Rows are consumed as they are produced, so a streamed source stays streamed. Runs on
/// the context's connection and inside its current transaction, if there is one.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Microsoft.Data.Sqlite binds each parameter by a linear name lookup, so very wide statements get slower again;
    /// 50 rows of about ten columns was the sweet spot measured.
    /// </summary>
    private const int SqliteRowsPerStatement = 50;

    /// <summary>Writes the rows into <paramref name="table"/> and returns how many were written.</summary>
    public static async Task<long> InsertAsync<T>(SalgskraftDbContext db, string table, IReadOnlyList<BulkColumn<T>> columns,
        IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            return connection is NpgsqlConnection npgsql
                ? await CopyAsync(npgsql, table, columns, rows, cancellationToken)
                : await InsertBatchesAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), table, columns, rows, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, string table, IReadOnlyList<BulkColumn<T>> columns,
        IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var copy = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.Value(row) is { } value)
                {
                    await importer.WriteAsync(value, column.PostgresType, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

    private static async Task<long> InsertBatchesAsync<T>(DbConnection connection, DbTransaction? transaction, string table,
        IReadOnlyList<BulkColumn<T>> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        DbCommand? full = null;
        var buffer = new List<T>(SqliteRowsPerStatement);
        long written = 0;
        try
        {
            foreach (var row in rows)
            {
                buffer.Add(row);
                if (buffer.Count == SqliteRowsPerStatement)
                {
                    full ??= Prepare(connection, transaction, table, columns, SqliteRowsPerStatement);
                    written += await ExecuteAsync(full, columns, buffer, cancellationToken);
                    buffer.Clear();
                }
            }

            if (buffer.Count > 0)
            {
                await using var rest = Prepare(connection, transaction, table, columns, buffer.Count);
                written += await ExecuteAsync(rest, columns, buffer, cancellationToken);
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        return written;
    }

    /// <summary>One statement for <paramref name="rows"/> rows, prepared once and executed with new values each time.</summary>
    private static DbCommand Prepare<T>(DbConnection connection, DbTransaction? transaction, string table, IReadOnlyList<BulkColumn<T>> columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder($"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ");
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++, n++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
                text.Append(c == 0 ? "" : ", ").Append(parameter.ParameterName);
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        command.Prepare();
        return command;
    }

    private static async Task<int> ExecuteAsync<T>(DbCommand command, IReadOnlyList<BulkColumn<T>> columns, List<T> rows, CancellationToken cancellationToken)
    {
        var n = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                command.Parameters[n++].Value = column.Value(row) ?? DBNull.Value;
            }
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
