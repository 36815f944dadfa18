using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records;

namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>
/// Every write of the journal, each one SQLite transaction: all of it is on disk when the call
/// returns, or none of it is.
/// </summary>
internal sealed class JournalWriter : IDisposable
{
    private const int SqliteConstraintPrimaryKey = 1555;

    private readonly SqliteConnection _connection;
    private readonly PreparedStatement _insertRun;
    private readonly PreparedStatement _updateHeader;
    private readonly PreparedStatement _updateInputs;
    private readonly PreparedStatement _upsertTrade;
    private readonly PreparedStatement _upsertOrder;
    private readonly PreparedStatement _upsertEscalation;
    private readonly PreparedStatement _insertDecision;
    private readonly PreparedStatement _insertEvent;
    private readonly PreparedStatement _upsertPosition;

    public JournalWriter(SqliteConnection connection)
    {
        _connection = connection;
        _insertRun = new(
            connection,
            """
            INSERT INTO runs (run_id, report_id, status, started_at, updated_at, header_json, inputs_json)
            VALUES ($run_id, $report_id, $status, $started_at, $updated_at, $header_json, $inputs_json);
            """,
            "$run_id", "$report_id", "$status", "$started_at", "$updated_at", "$header_json", "$inputs_json");
        _updateHeader = new(
            connection,
            "UPDATE runs SET status = $status, updated_at = $updated_at, header_json = $header_json WHERE run_id = $run_id;",
            "$run_id", "$status", "$updated_at", "$header_json");
        _updateInputs = new(
            connection,
            "UPDATE runs SET inputs_json = $inputs_json WHERE run_id = $run_id;",
            "$run_id", "$inputs_json");
        _upsertTrade = new(
            connection,
            """
            INSERT INTO trades (run_id, trade_id, report_id, sequence, status, client_order_id, trade_json)
            VALUES ($run_id, $trade_id, $report_id, $sequence, $status, $client_order_id, $trade_json)
            ON CONFLICT (run_id, trade_id) DO UPDATE SET
                sequence = excluded.sequence, status = excluded.status,
                client_order_id = excluded.client_order_id, trade_json = excluded.trade_json;
            """,
            "$run_id", "$trade_id", "$report_id", "$sequence", "$status", "$client_order_id", "$trade_json");
        // The run that assigned an id stays in run_id; a later run only pointing at it (ALREADY_EXECUTED)
        // does not overwrite the order's own status.
        _upsertOrder = new(
            connection,
            """
            INSERT INTO orders (client_order_id, run_id, last_run_id, trade_id, report_id, attempt, status)
            VALUES ($client_order_id, $run_id, $run_id, $trade_id, $report_id, $attempt, $status)
            ON CONFLICT (client_order_id) DO UPDATE SET last_run_id = excluded.last_run_id, status = excluded.status
            WHERE excluded.status <> 'ALREADY_EXECUTED';
            """,
            "$client_order_id", "$run_id", "$trade_id", "$report_id", "$attempt", "$status");
        _upsertEscalation = new(
            connection,
            """
            INSERT INTO escalations (escalation_id, run_id, type, status, escalation_json)
            VALUES ($escalation_id, $run_id, $type, $status, $escalation_json)
            ON CONFLICT (escalation_id) DO UPDATE SET
                type = excluded.type, status = excluded.status, escalation_json = excluded.escalation_json
            WHERE escalations.run_id = excluded.run_id;
            """,
            "$escalation_id", "$run_id", "$type", "$status", "$escalation_json");
        _insertDecision = new(
            connection,
            """
            INSERT INTO decisions (escalation_id, kind, "by", note, at) VALUES ($escalation_id, $kind, $by, $note, $at)
            ON CONFLICT (escalation_id, kind, "by", at) DO NOTHING;
            """,
            "$escalation_id", "$kind", "$by", "$note", "$at");
        _insertEvent = new(
            connection,
            "INSERT INTO events (run_id, at, kind, detail) VALUES ($run_id, $at, $kind, $detail);",
            "$run_id", "$at", "$kind", "$detail");
        _upsertPosition = new(
            connection,
            """
            INSERT INTO position_lots (account_id, ticker, run_id, updated_at, lots_json)
            VALUES ($account_id, $ticker, $run_id, $updated_at, $lots_json)
            ON CONFLICT (account_id, ticker) DO UPDATE SET
                run_id = excluded.run_id, updated_at = excluded.updated_at, lots_json = excluded.lots_json;
            """,
            "$account_id", "$ticker", "$run_id", "$updated_at", "$lots_json");
    }

    public void CreateRun(RunSnapshot run)
    {
        var header = run.Header;
        using var transaction = _connection.BeginTransaction();
        try
        {
            _insertRun.Execute(
                transaction,
                header.RunId.Value,
                header.ReportId,
                Spellings.RunStatus.Write(header.Status),
                Columns.Time(header.StartedAt),
                Columns.Time(header.UpdatedAt),
                JournalRecords.RunHeader.Write(new StoredRunHeader(header, RunApprovals.From(run.Escalations, header.AwaitingEscalation))),
                JournalRecords.RunInputs.Write(run.Inputs));
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintPrimaryKey)
        {
            throw new InvalidOperationException($"Run {header.RunId} is already in the journal.", exception);
        }

        foreach (var trade in run.Trades)
        {
            UpsertTrade(transaction, header, trade);
        }

        foreach (var escalation in run.Escalations)
        {
            UpsertEscalation(transaction, header.RunId, escalation);
        }

        transaction.Commit();
    }

    public void Commit(JournalBatch batch)
    {
        var header = batch.Header;
        using var transaction = _connection.BeginTransaction();
        var updated = _updateHeader.Execute(
            transaction,
            header.RunId.Value,
            Spellings.RunStatus.Write(header.Status),
            Columns.Time(header.UpdatedAt),
            JournalRecords.RunHeader.Write(new StoredRunHeader(header, batch.Approvals)));
        if (updated == 0)
        {
            throw new InvalidOperationException($"Run {header.RunId} is not in the journal; create it before committing to it.");
        }

        if (batch.Inputs is { } inputs)
        {
            _updateInputs.Execute(transaction, header.RunId.Value, JournalRecords.RunInputs.Write(inputs));
        }

        foreach (var trade in batch.Trades)
        {
            UpsertTrade(transaction, header, trade);
        }

        foreach (var escalation in batch.Escalations)
        {
            UpsertEscalation(transaction, header.RunId, escalation);
        }

        foreach (var journalEvent in batch.Events)
        {
            _insertEvent.Execute(
                transaction,
                journalEvent.RunId.Value,
                Columns.Time(journalEvent.At),
                journalEvent.Kind,
                journalEvent.Detail);
        }

        foreach (var position in batch.Positions)
        {
            _upsertPosition.Execute(
                transaction,
                position.Account.Value,
                position.Ticker.Value,
                header.RunId.Value,
                Columns.Time(header.UpdatedAt),
                JournalRecords.PositionLots.Write(position));
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        _insertRun.Dispose();
        _updateHeader.Dispose();
        _updateInputs.Dispose();
        _upsertTrade.Dispose();
        _upsertOrder.Dispose();
        _upsertEscalation.Dispose();
        _insertDecision.Dispose();
        _insertEvent.Dispose();
        _upsertPosition.Dispose();
    }

    private void UpsertTrade(SqliteTransaction transaction, RunHeader header, TradeExecution trade)
    {
        var status = Spellings.TradeStatus.Write(trade.Status);
        _upsertTrade.Execute(
            transaction,
            header.RunId.Value,
            trade.TradeId.Value,
            header.ReportId,
            trade.Sequence,
            status,
            trade.ClientOrderId?.Value,
            JournalRecords.Trade.Write(trade));
        if (trade.ClientOrderId is { } clientOrderId)
        {
            _upsertOrder.Execute(
                transaction,
                clientOrderId.Value,
                header.RunId.Value,
                trade.TradeId.Value,
                header.ReportId,
                trade.Attempt,
                status);
        }
    }

    private void UpsertEscalation(SqliteTransaction transaction, RunId runId, Escalation escalation)
    {
        var written = _upsertEscalation.Execute(
            transaction,
            escalation.Id.Value,
            runId.Value,
            Spellings.EscalationType.Write(escalation.Type),
            Spellings.EscalationStatus.Write(escalation.Status),
            JournalRecords.Escalation.Write(escalation));
        if (written == 0)
        {
            throw new InvalidOperationException($"Escalation {escalation.Id} belongs to another run than {runId}.");
        }

        if (escalation.Decision is { } decision)
        {
            _insertDecision.Execute(
                transaction,
                escalation.Id.Value,
                Spellings.DecisionKind.Write(decision.Kind),
                decision.By,
                decision.Note,
                Columns.Time(decision.At));
        }
    }
}
