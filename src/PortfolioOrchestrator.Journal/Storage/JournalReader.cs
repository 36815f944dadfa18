using System.Globalization;
using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>
/// The journal's queries. "Oldest first" is the order runs were recorded in (their rowid), which a
/// fixed <c>--now</c> clock cannot reorder.
/// </summary>
internal sealed class JournalReader : IDisposable
{
    private readonly PreparedStatement _run;
    private readonly PreparedStatement _tradesOfRun;
    private readonly PreparedStatement _escalationsOfRun;
    private readonly PreparedStatement _headers;
    private readonly PreparedStatement _countForReport;
    private readonly PreparedStatement _tradeHistory;
    private readonly PreparedStatement _runOfEscalation;
    private readonly PreparedStatement _events;
    private readonly PreparedStatement _position;
    private readonly PreparedStatement _positions;

    public JournalReader(SqliteConnection connection)
    {
        _run = new(connection, "SELECT header_json, inputs_json FROM runs WHERE run_id = $run_id;", "$run_id");
        _tradesOfRun = new(
            connection, "SELECT trade_json FROM trades WHERE run_id = $run_id ORDER BY sequence, rowid;", "$run_id");
        _escalationsOfRun = new(
            connection, "SELECT escalation_json FROM escalations WHERE run_id = $run_id ORDER BY rowid;", "$run_id");
        _headers = new(connection, "SELECT header_json FROM runs ORDER BY rowid;");
        _countForReport = new(connection, "SELECT COUNT(*) FROM runs WHERE report_id = $report_id;", "$report_id");
        _tradeHistory = new(
            connection,
            """
            SELECT t.run_id, t.trade_json FROM trades AS t JOIN runs AS r ON r.run_id = t.run_id
            WHERE t.report_id = $report_id AND t.trade_id = $trade_id ORDER BY r.rowid;
            """,
            "$report_id", "$trade_id");
        _runOfEscalation = new(
            connection, "SELECT run_id FROM escalations WHERE escalation_id = $escalation_id;", "$escalation_id");
        _events = new(
            connection, "SELECT run_id, at, kind, detail FROM events WHERE run_id = $run_id ORDER BY seq;", "$run_id");
        _position = new(
            connection, "SELECT lots_json FROM position_lots WHERE account_id = $account_id AND ticker = $ticker;", "$account_id", "$ticker");
        _positions = new(connection, "SELECT lots_json FROM position_lots ORDER BY account_id, ticker;");
    }

    public PositionLots LoadPosition(AccountId account, Ticker ticker) =>
        _position.Scalar(account.Value, ticker.Value) is string json
            ? JournalRecords.PositionLots.Read(json)
            : PositionLots.Empty(account, ticker);

    public IReadOnlyList<PositionLots> ListPositions()
    {
        var positions = new List<PositionLots>();
        using var reader = _positions.Query();
        while (reader.Read())
        {
            var position = JournalRecords.PositionLots.Read(reader.GetString(0));
            if (position.Lots.Count > 0)
            {
                positions.Add(position);
            }
        }

        return positions;
    }

    public RunSnapshot? LoadRun(RunId runId)
    {
        RunHeader header;
        RunInputs inputs;
        using (var reader = _run.Query(runId.Value))
        {
            if (!reader.Read())
            {
                return null;
            }

            header = JournalRecords.RunHeader.Read(reader.GetString(0)).Header;
            inputs = JournalRecords.RunInputs.Read(reader.GetString(1));
        }

        var trades = ReadAll(_tradesOfRun, runId.Value, JournalRecords.Trade);
        var escalations = ReadAll(_escalationsOfRun, runId.Value, JournalRecords.Escalation);
        return new RunSnapshot(header, inputs, trades, escalations);
    }

    public IReadOnlyList<RunHeader> ListRuns()
    {
        var headers = new List<RunHeader>();
        using var reader = _headers.Query();
        while (reader.Read())
        {
            headers.Add(JournalRecords.RunHeader.Read(reader.GetString(0)).Header);
        }

        return headers;
    }

    public int CountRunsForReport(string reportId) =>
        Convert.ToInt32(_countForReport.Scalar(reportId), CultureInfo.InvariantCulture);

    public IReadOnlyList<(RunId RunId, TradeExecution Trade)> FindTradeHistory(string reportId, TradeId tradeId)
    {
        var history = new List<(RunId, TradeExecution)>();
        using var reader = _tradeHistory.Query(reportId, tradeId.Value);
        while (reader.Read())
        {
            history.Add((RunId.Create(reader.GetString(0)), JournalRecords.Trade.Read(reader.GetString(1))));
        }

        return history;
    }

    public RunId? FindRunOfEscalation(EscalationId escalationId) =>
        _runOfEscalation.Scalar(escalationId.Value) is string runId ? RunId.Create(runId) : null;

    public IReadOnlyList<JournalEvent> ReadEvents(RunId runId)
    {
        var events = new List<JournalEvent>();
        using var reader = _events.Query(runId.Value);
        while (reader.Read())
        {
            events.Add(new JournalEvent(
                RunId.Create(reader.GetString(0)),
                Columns.ParseTime(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(3)));
        }

        return events;
    }

    public void Dispose()
    {
        _run.Dispose();
        _tradesOfRun.Dispose();
        _escalationsOfRun.Dispose();
        _headers.Dispose();
        _countForReport.Dispose();
        _tradeHistory.Dispose();
        _runOfEscalation.Dispose();
        _events.Dispose();
        _position.Dispose();
        _positions.Dispose();
    }

    private static List<T> ReadAll<T>(PreparedStatement statement, string runId, RecordFormat<T> format)
    {
        var items = new List<T>();
        using var reader = statement.Query(runId);
        while (reader.Read())
        {
            items.Add(format.Read(reader.GetString(0)));
        }

        return items;
    }
}
