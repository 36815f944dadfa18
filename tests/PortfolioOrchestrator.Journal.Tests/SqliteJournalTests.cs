using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records;
using PortfolioOrchestrator.Journal.Storage;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class SqliteJournalTests : IDisposable
{
    private readonly TempDirectory _state = new("journal");
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _state.Dispose();

    [Fact]
    public void Open_creates_the_directory_and_the_database()
    {
        var state = Path.Combine(_state.Path, "nested", "state");

        using var journal = SqliteJournal.Open(state);

        Assert.True(File.Exists(Path.Combine(state, "journal.db")));
        Assert.Equal(Path.Combine(state, "journal.db"), journal.DatabasePath);
    }

    [Fact]
    public void Open_sets_wal_and_the_current_schema_version()
    {
        SqliteJournal.Open(_state.Path).Dispose();

        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        Assert.Equal("wal", Raw.Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal((long)JournalSchema.CurrentVersion, Raw.Scalar(connection, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task A_created_run_survives_reopening()
    {
        var snapshot = Samples.Snapshot(Samples.Run(1), trades: 3, escalations: 2);
        using (var journal = SqliteJournal.Open(_state.Path))
        {
            await journal.CreateRunAsync(snapshot, _ct);
        }

        using var reopened = SqliteJournal.Open(_state.Path);
        var loaded = await reopened.LoadRunAsync(snapshot.Header.RunId, _ct);

        Assert.NotNull(loaded);
        Assert.Equal(Json(snapshot), Json(loaded));
    }

    [Fact]
    public async Task A_committed_batch_survives_reopening()
    {
        var runId = Samples.Run(1);
        var snapshot = Samples.Snapshot(runId, trades: 2, escalations: 0);
        var header = snapshot.Header with { Status = RunStatus.AwaitingDecision, RunningCash = Money.FromDollars(1.23m) };
        var trade = Samples.Trade(1, TradeStatus.Unknown) with { Reason = "timeout" };
        using (var journal = SqliteJournal.Open(_state.Path))
        {
            await journal.CreateRunAsync(snapshot, _ct);
            await journal.CommitAsync(Samples.Batch(header, [trade], [Samples.Escalation(EscalationId.Create("E-9"))], [Samples.Event(runId, 1)]), _ct);
        }

        using var reopened = SqliteJournal.Open(_state.Path);
        var loaded = (await reopened.LoadRunAsync(runId, _ct))!;

        Assert.Equal(Json(header), Json(loaded.Header));
        Assert.Equal(Json(trade), Json(loaded.Trades[1]));
        Assert.Equal(Json(snapshot.Trades[0]), Json(loaded.Trades[0]));
        Assert.Equal("E-9", Assert.Single(loaded.Escalations).Id.Value);
        Assert.Equal("event 1", Assert.Single(await reopened.ReadEventsAsync(runId, _ct)).Detail);
    }

    [Fact]
    public async Task Loading_an_unknown_run_gives_null()
    {
        using var journal = SqliteJournal.Open(_state.Path);

        Assert.Null(await journal.LoadRunAsync(RunId.Create("nope"), _ct));
    }

    [Fact]
    public async Task Creating_a_run_twice_fails_and_keeps_the_first()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var first = Samples.Snapshot(Samples.Run(1));
        await journal.CreateRunAsync(first, _ct);

        var second = first with { Header = first.Header with { Broker = "alpaca" } };
        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.CreateRunAsync(second, _ct));

        Assert.Equal("paper:script.json", (await journal.LoadRunAsync(first.Header.RunId, _ct))!.Header.Broker);
    }

    [Fact]
    public async Task Committing_to_an_unknown_run_fails()
    {
        using var journal = SqliteJournal.Open(_state.Path);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => journal.CommitAsync(Samples.Batch(Samples.Header(Samples.Run(5))), _ct));
    }

    [Fact]
    public async Task Trades_load_in_queue_order_and_escalations_in_raise_order()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var runId = Samples.Run(1);
        var snapshot = Samples.Snapshot(runId, trades: 0, escalations: 0) with
        {
            Trades = [Samples.Trade(2), Samples.Trade(0), Samples.Trade(1)],
        };
        await journal.CreateRunAsync(snapshot, _ct);
        foreach (var id in new[] { "Z-late-name", "A-early-name", "M" })
        {
            await journal.CommitAsync(Samples.Batch(snapshot.Header, escalations: [Samples.Escalation(EscalationId.Create(id))]), _ct);
        }

        // Updating an escalation keeps its place.
        await journal.CommitAsync(Samples.Batch(snapshot.Header, escalations: [Samples.Escalation(EscalationId.Create("Z-late-name")) with { Status = EscalationStatus.Halted }]), _ct);

        var loaded = (await journal.LoadRunAsync(runId, _ct))!;
        Assert.Equal([0, 1, 2], loaded.Trades.Select(t => t.Sequence));
        Assert.Equal(["Z-late-name", "A-early-name", "M"], loaded.Escalations.Select(e => e.Id.Value));
        Assert.Equal(EscalationStatus.Halted, loaded.Escalations[0].Status);
    }

    [Fact]
    public async Task Runs_are_listed_oldest_first_and_counted_per_report()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var other = Samples.Snapshot(RunId.Create("other-r1"));
        other = other with { Header = other.Header with { ReportId = "QA-OTHER" } };
        // Recorded order wins over the clock: a fixed --now may run backwards.
        await journal.CreateRunAsync(Samples.Snapshot(Samples.Run(2)), _ct);
        await journal.CreateRunAsync(other, _ct);
        var earlierClock = Samples.Snapshot(Samples.Run(1));
        await journal.CreateRunAsync(earlierClock with { Header = earlierClock.Header with { StartedAt = Samples.Start.AddDays(-1) } }, _ct);

        var runs = await journal.ListRunsAsync(_ct);

        Assert.Equal([Samples.Run(2), RunId.Create("other-r1"), Samples.Run(1)], runs.Select(r => r.RunId));
        Assert.Equal(2, await journal.CountRunsForReportAsync(Samples.ReportId, _ct));
        Assert.Equal(1, await journal.CountRunsForReportAsync("QA-OTHER", _ct));
        Assert.Equal(0, await journal.CountRunsForReportAsync("QA-NONE", _ct));
    }

    [Fact]
    public async Task Trade_history_spans_runs_oldest_first()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        await journal.CreateRunAsync(Samples.Snapshot(Samples.Run(1), trades: 2) with { Trades = [Samples.Trade(0, TradeStatus.ExecutionFailed, attempt: 1), Samples.Trade(1)] }, _ct);
        await journal.CreateRunAsync(Samples.Snapshot(Samples.Run(2), trades: 1) with { Trades = [Samples.Trade(0, TradeStatus.Executed, attempt: 2)] }, _ct);
        await journal.CreateRunAsync(Samples.Snapshot(Samples.Run(3), trades: 1) with { Trades = [Samples.Trade(0, TradeStatus.AlreadyExecuted, attempt: 2)] }, _ct);

        var history = await journal.FindTradeHistoryAsync(Samples.ReportId, TradeId.Create("T-001"), _ct);

        Assert.Equal([Samples.Run(1), Samples.Run(2), Samples.Run(3)], history.Select(h => h.RunId));
        Assert.Equal([TradeStatus.ExecutionFailed, TradeStatus.Executed, TradeStatus.AlreadyExecuted], history.Select(h => h.Trade.Status));
        Assert.Empty(await journal.FindTradeHistoryAsync("QA-OTHER", TradeId.Create("T-001"), _ct));
    }

    [Fact]
    public void Trade_history_is_served_by_the_report_and_trade_index()
    {
        SqliteJournal.Open(_state.Path).Dispose();
        using var connection = Raw.Open(_state.File(Raw.JournalFile));

        var plan = Raw.Column(connection, """
            EXPLAIN QUERY PLAN SELECT t.run_id, t.trade_json FROM trades AS t JOIN runs AS r ON r.run_id = t.run_id
            WHERE t.report_id = 'x' AND t.trade_id = 'y' ORDER BY r.rowid;
            """, column: 3);

        Assert.Contains(plan, line => line.Contains("trades_by_report_trade", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_entry_order_id_ever_assigned_is_kept()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var runId = Samples.Run(1);
        var snapshot = Samples.Snapshot(runId, trades: 0, escalations: 0);
        await journal.CreateRunAsync(snapshot, _ct);
        await journal.CommitAsync(Samples.Batch(snapshot.Header, [Samples.Trade(0, TradeStatus.Submitting, attempt: 1)]), _ct);
        await journal.CommitAsync(Samples.Batch(snapshot.Header, [Samples.Trade(0, TradeStatus.ExecutionFailed, attempt: 1)]), _ct);
        await journal.CommitAsync(Samples.Batch(snapshot.Header, [Samples.Trade(0, TradeStatus.Executed, attempt: 2)]), _ct);
        var later = Samples.Snapshot(Samples.Run(2), trades: 0, escalations: 0);
        await journal.CreateRunAsync(later with { Trades = [Samples.Trade(0, TradeStatus.AlreadyExecuted, attempt: 2)] }, _ct);

        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        var rows = Raw.Rows(connection, "SELECT attempt, status, run_id, last_run_id FROM orders ORDER BY attempt;");

        Assert.Equal(
            [
                ["1", "EXECUTION_FAILED", runId.Value, runId.Value],
                ["2", "EXECUTED", runId.Value, runId.Value],
            ],
            rows);
    }

    [Fact]
    public async Task A_decision_is_recorded_once_however_often_its_escalation_is_written()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var snapshot = Samples.Snapshot(Samples.Run(1), trades: 0, escalations: 0);
        await journal.CreateRunAsync(snapshot, _ct);
        var open = Samples.Escalation(EscalationId.Create("E-1")) with { Decision = null, Status = EscalationStatus.Open };
        var decided = Samples.Escalation(EscalationId.Create("E-1"));
        await journal.CommitAsync(Samples.Batch(snapshot.Header, escalations: [open]), _ct);
        await journal.CommitAsync(Samples.Batch(snapshot.Header, escalations: [decided]), _ct);
        await journal.CommitAsync(Samples.Batch(snapshot.Header, escalations: [decided with { Trigger = "rewritten" }]), _ct);

        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        var rows = Raw.Rows(connection, "SELECT escalation_id, kind, \"by\", note FROM decisions;");

        Assert.Equal([["E-1", "APPROVE", "master-architect", "go on"]], rows);
        Assert.Equal(Samples.Run(1), await journal.FindRunOfEscalationAsync(EscalationId.Create("E-1"), _ct));
        Assert.Null(await journal.FindRunOfEscalationAsync(EscalationId.Create("E-404"), _ct));
    }

    [Fact]
    public async Task Events_come_back_in_the_order_they_were_appended()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var first = Samples.Snapshot(Samples.Run(1));
        var second = Samples.Snapshot(Samples.Run(2));
        await journal.CreateRunAsync(first, _ct);
        await journal.CreateRunAsync(second, _ct);
        for (var n = 0; n < 10; n++)
        {
            // Times run backwards on purpose: order is the order appended, not the clock's.
            var header = n % 2 == 0 ? first.Header : second.Header;
            await journal.CommitAsync(Samples.Batch(header, events: [Samples.Event(header.RunId, 100 - n), Samples.Event(header.RunId, 50 - n)]), _ct);
        }

        var events = await journal.ReadEventsAsync(Samples.Run(1), _ct);

        Assert.Equal([100, 50, 98, 48, 96, 46, 94, 44, 92, 42], events.Select(e => (int)(e.At - Samples.Start).TotalSeconds));
        Assert.All(events, e => Assert.Equal(Samples.Run(1), e.RunId));
        Assert.Equal(Samples.Start.AddSeconds(100), events[0].At);
        Assert.Equal(Samples.Start.Offset, events[0].At.Offset);
    }

    [Fact]
    public async Task Events_and_decisions_cannot_be_changed_or_removed()
    {
        using (var journal = SqliteJournal.Open(_state.Path))
        {
            var snapshot = Samples.Snapshot(Samples.Run(1));
            await journal.CreateRunAsync(snapshot, _ct);
            await journal.CommitAsync(Samples.Batch(snapshot.Header, events: [Samples.Event(Samples.Run(1), 1)]), _ct);
        }

        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        Assert.Throws<SqliteException>(() => Raw.Execute(connection, "UPDATE events SET detail = 'x';"));
        Assert.Throws<SqliteException>(() => Raw.Execute(connection, "DELETE FROM events;"));
        Assert.Throws<SqliteException>(() => Raw.Execute(connection, "UPDATE decisions SET note = 'x';"));
        Assert.Throws<SqliteException>(() => Raw.Execute(connection, "DELETE FROM decisions;"));
    }

    [Fact]
    public async Task A_canceled_call_writes_nothing()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => journal.CreateRunAsync(Samples.Snapshot(Samples.Run(1)), source.Token));

        Assert.Empty(await journal.ListRunsAsync(_ct));
    }

    [Fact]
    public async Task A_disposed_journal_refuses_calls()
    {
        var journal = SqliteJournal.Open(_state.Path);
        journal.Dispose();
        journal.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.ListRunsAsync(_ct));
    }

    private static string Json(RunSnapshot run) => Stored.Text(run);

    private static string Json(RunHeader header) => JournalRecords.RunHeader.Write(new StoredRunHeader(header, RunApprovals.None));

    private static string Json(TradeExecution trade) => JournalRecords.Trade.Write(trade);
}
