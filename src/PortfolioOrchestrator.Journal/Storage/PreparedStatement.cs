using Microsoft.Data.Sqlite;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>
/// A statement compiled once and run many times with new parameter values: the journal's hot path
/// (two commits per trade) must not re-parse SQL.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedStatement(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = [.. parameterNames.Select(name => _command.Parameters.Add(new SqliteParameter(name, DBNull.Value)))];
        _command.Prepare();
    }

    /// <summary>Runs the statement inside <paramref name="transaction"/>; returns the rows changed.</summary>
    public int Execute(SqliteTransaction transaction, params ReadOnlySpan<object?> values)
    {
        Bind(transaction, values);
        return _command.ExecuteNonQuery();
    }

    public SqliteDataReader Query(params ReadOnlySpan<object?> values)
    {
        Bind(transaction: null, values);
        return _command.ExecuteReader();
    }

    public object? Scalar(params ReadOnlySpan<object?> values)
    {
        Bind(transaction: null, values);
        return _command.ExecuteScalar();
    }

    public void Dispose() => _command.Dispose();

    private void Bind(SqliteTransaction? transaction, ReadOnlySpan<object?> values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"The statement takes {_parameters.Length} values, not {values.Length}.", nameof(values));
        }

        _command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
