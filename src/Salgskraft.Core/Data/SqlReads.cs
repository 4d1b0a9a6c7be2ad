using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Salgskraft.Core.Data;

/// <summary>
/// Plain SQL reads for the paths where EF's start-up would be most of the work: the customer platform, which the CLI
/// prints in one short process (building EF's services and model and compiling its queries took 0.45 s of a 1.0 s
/// run whose goal was 0.5 s). The SQL is the same on both databases: quoted identifiers, <c>@</c> parameters, dates bound as
/// <see cref="DateOnly"/>, integer sums cast to <c>bigint</c>. In a request or an import the reads run on the
/// context's connection and inside its transaction (<see cref="Over"/>); the CLI reads on connections of its own
/// (<see cref="Connect"/>). Decision 0009.
/// </summary>
public sealed class SqlReads
{
    private readonly SalgskraftDbContext? db;
    private readonly (DatabaseProvider Provider, string ConnectionString) own;

    // A context's connection takes one command at a time; reads started together wait their turn.
    private readonly SemaphoreSlim turn = new(1, 1);

    private SqlReads(SalgskraftDbContext? db, (DatabaseProvider, string) own) => (this.db, this.own) = (db, own);

    /// <summary>Reads on the context's connection, in its current transaction, so they see what it has written.</summary>
    public static SqlReads Over(SalgskraftDbContext db) => new(db ?? throw new ArgumentNullException(nameof(db)), default);

    /// <summary>
    /// Reads without EF, each on a connection of its own from the provider's pool, so reads started together run at
    /// the same time.
    /// </summary>
    public static SqlReads Connect(DatabaseProvider provider, string connectionString) =>
        new(null, (provider, connectionString ?? throw new ArgumentNullException(nameof(connectionString))));

    /// <summary>The rows of <paramref name="sql"/>, each made by <paramref name="row"/>.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, SqlArguments arguments, Func<DbDataReader, T> row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(row);
        if (db is null)
        {
            // On the thread pool: SQLite's "async" methods run to the end before they return.
            return await Task.Run(async () =>
            {
                await using var connection = DatabaseProviders.CreateConnection(own.Provider, own.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return await ReadAsync(connection, null, sql, arguments, row, cancellationToken);
            }, cancellationToken);
        }

        await turn.WaitAsync(cancellationToken);
        try
        {
            // EF counts opens: a connection it holds open (a transaction) stays open after the close below.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                return await ReadAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql, arguments, row,
                    cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            turn.Release();
        }
    }

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, SqlArguments arguments,
        Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in arguments.Values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}

/// <summary>The parameters of one statement, named in the order they are added (<c>@p0</c>, <c>@p1</c>, …).</summary>
public sealed class SqlArguments
{
    private readonly List<(string Name, object Value)> values = [];

    public IReadOnlyList<(string Name, object Value)> Values => values;

    /// <summary>Adds a value and returns its parameter's name, to write into the SQL.</summary>
    public string Add(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = "@p" + values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values.Add((name, value));
        return name;
    }
}
