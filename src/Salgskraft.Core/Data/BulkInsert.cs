using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Salgskraft.Core.Data;

/// <summary>A column of a bulk insert: its name in the table, its PostgreSQL type and how a row gives its value.</summary>
public sealed record BulkColumn<T>(string Name, NpgsqlDbType PostgresType, Func<T, object?> Value);

/// <summary>
/// The engines' bulk write paths behind one call: binary <c>COPY</c> on PostgreSQL, batches of rows as JSON unpacked by
/// <c>INSERT … SELECT … FROM json_each</c> on SQLite. Rows are consumed as they are produced, so a streamed source stays streamed. Runs on
/// the context's connection and inside its current transaction, if there is one. The source is enumerated on a second
/// thread, a few batches ahead of the writing: an import's reading and checking take about as long as the engine's
/// writing, so the two overlap. The source must therefore not use the context.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Rows per SQLite statement. Microsoft.Data.Sqlite looks every bound parameter up by name on each execution, which
    /// grows with the square of a wide statement's parameters; so the rows go in as one JSON text parameter per batch
    /// that SQLite's own <c>json_each</c> unpacks (with 50-row VALUES lists, binding was 6.2 s of the 8.8 s a 200 000-line
    /// import spent staging its lines).
    /// </summary>
    private const int SqliteRowsPerStatement = 1000;

    /// <summary>Rows per batch handed from the reading thread to the writing one on PostgreSQL.</summary>
    private const int PostgresRowsPerBatch = 1000;

    /// <summary>Batches the reading thread may be ahead; bounds the memory a fast reader can fill.</summary>
    private const int BatchesAhead = 4;

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
        await foreach (var batch in Ahead(rows, PostgresRowsPerBatch, b => b, cancellationToken))
        {
            foreach (var row in batch)
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
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

    private static async Task<long> InsertBatchesAsync<T>(DbConnection connection, DbTransaction? transaction, string table,
        IReadOnlyList<BulkColumn<T>> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = string.Join(", ", columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"j.value ->> {i}")));
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) SELECT {values} FROM json_each(@rows) AS j";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@rows";
        command.Parameters.Add(parameter);

        // One buffer for every batch, used only by the reading thread that turns batches into text.
        var buffer = new ArrayBufferWriter<byte>(1 << 17);
        await using var json = new Utf8JsonWriter(buffer);
        long written = 0;
        await foreach (var batch in Ahead(rows, SqliteRowsPerStatement, b => Json(b, columns, buffer, json), cancellationToken))
        {
            parameter.Value = batch;
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>A batch of rows as one JSON array of arrays, for <c>json_each</c>.</summary>
    private static string Json<T>(List<T> rows, IReadOnlyList<BulkColumn<T>> columns, ArrayBufferWriter<byte> buffer, Utf8JsonWriter json)
    {
        buffer.ResetWrittenCount();
        json.Reset();
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartArray();
            foreach (var column in columns)
            {
                WriteSqliteValue(json, column.Value(row));
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The rows in batches, each made by <paramref name="build"/>, enumerated on another thread up to
    /// <see cref="BatchesAhead"/> batches ahead of the caller. An exception of the source reaches the caller as it is;
    /// when the caller stops early, the source is stopped too.
    /// </summary>
    private static async IAsyncEnumerable<TBatch> Ahead<T, TBatch>(IEnumerable<T> rows, int size, Func<List<T>, TBatch> build,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<TBatch>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(async () =>
        {
            try
            {
                var batch = new List<T>(size);
                foreach (var row in rows)
                {
                    batch.Add(row);
                    if (batch.Count == size)
                    {
                        await channel.Writer.WriteAsync(build(batch), stop.Token);
                        batch = new List<T>(size);
                    }
                }

                if (batch.Count > 0)
                {
                    await channel.Writer.WriteAsync(build(batch), stop.Token);
                }

                channel.Writer.Complete();
            }
#pragma warning disable CA1031 // any failure of the source is handed to the caller through the channel
            catch (Exception e)
#pragma warning restore CA1031
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return batch;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reader;
        }
    }

    /// <summary>
    /// A value as SQLite gets it from EF Core and Microsoft.Data.Sqlite: decimals, dates and times as invariant text in
    /// their formats, booleans as 0/1, integers as integers. <c>->></c> hands JSON strings over as text, numbers as numbers.
    /// </summary>
    private static void WriteSqliteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteNumberValue(flag ? 1 : 0);
                break;
            case decimal amount:
                // Formatted on the stack: three amounts a line, a million lines, would otherwise be three million strings.
                Span<char> digits = stackalloc char[64];
                amount.TryFormat(digits, out var length, "0.0###########################", CultureInfo.InvariantCulture);
                json.WriteStringValue(digits[..length]);
                break;
            case DateOnly date:
                Span<char> day = stackalloc char[10];
                date.TryFormat(day, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                json.WriteStringValue(day);
                break;
            case DateTime time:
                json.WriteStringValue(time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset time:
                json.WriteStringValue(time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            default:
                throw new NotSupportedException($"BulkInsert does not write {value.GetType().Name} values to SQLite; add its format here.");
        }
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
