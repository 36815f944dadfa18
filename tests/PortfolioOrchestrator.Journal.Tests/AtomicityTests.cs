using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class AtomicityTests : IDisposable
{
    private readonly TempDirectory _state = new("journal");
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task A_batch_that_fails_midway_leaves_nothing_of_itself()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var first = Samples.Snapshot(Samples.Run(1), trades: 1, escalations: 1);
        var second = Samples.Snapshot(Samples.Run(2), trades: 1, escalations: 0);
        await journal.CreateRunAsync(first, _ct);
        await journal.CreateRunAsync(second, _ct);
        var before = await journal.LoadRunAsync(second.Header.RunId, _ct);

        // The header, a trade with a new order id and an event are written before the escalation,
        // whose id already belongs to the first run, fails the batch.
        var batch = Samples.Batch(
            second.Header with { Status = RunStatus.Halted },
            [Samples.Trade(0, TradeStatus.Submitting, attempt: 7), Samples.Trade(4)],
            [Samples.Escalation(EscalationId.Create("E-new")), first.Escalations[0]],
            [Samples.Event(second.Header.RunId, 1)]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.CommitAsync(batch, _ct));

        var after = await journal.LoadRunAsync(second.Header.RunId, _ct);
        Assert.Equal(RunStatus.CompletedWithEscalations, after!.Header.Status);
        Assert.Equal(before!.Trades.Select(t => t.ClientOrderId), after.Trades.Select(t => t.ClientOrderId));
        Assert.Empty(after.Escalations);
        Assert.Empty(await journal.ReadEventsAsync(second.Header.RunId, _ct));
        Assert.Null(await journal.FindRunOfEscalationAsync(EscalationId.Create("E-new"), _ct));
        Assert.Equal(Samples.Run(1), await journal.FindRunOfEscalationAsync(first.Escalations[0].Id, _ct));
        Assert.Equal(0L, CountOrders(attempt: 7));
    }

    [Fact]
    public async Task A_batch_failing_on_a_foreign_key_leaves_nothing_of_itself()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var run = Samples.Snapshot(Samples.Run(1), trades: 0, escalations: 0);
        await journal.CreateRunAsync(run, _ct);

        var batch = Samples.Batch(
            run.Header with { Status = RunStatus.Halted },
            [Samples.Trade(0)],
            events: [Samples.Event(run.Header.RunId, 1), Samples.Event(RunId.Create("no-such-run"), 2)]);
        await Assert.ThrowsAsync<SqliteException>(() => journal.CommitAsync(batch, _ct));

        var after = await journal.LoadRunAsync(run.Header.RunId, _ct);
        Assert.Equal(RunStatus.CompletedWithEscalations, after!.Header.Status);
        Assert.Empty(after.Trades);
        Assert.Empty(await journal.ReadEventsAsync(run.Header.RunId, _ct));
    }

    [Fact]
    public async Task A_run_whose_creation_fails_is_not_created()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var first = Samples.Snapshot(Samples.Run(1));
        await journal.CreateRunAsync(first, _ct);

        var clash = Samples.Snapshot(Samples.Run(2)) with { Escalations = first.Escalations };
        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.CreateRunAsync(clash, _ct));

        Assert.Null(await journal.LoadRunAsync(Samples.Run(2), _ct));
        var history = await journal.FindTradeHistoryAsync(Samples.ReportId, TradeId.Create("T-001"), _ct);
        Assert.Equal([Samples.Run(1)], history.Select(h => h.RunId));
    }

    [Fact]
    public async Task The_journal_goes_on_working_after_a_failed_batch()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var run = Samples.Snapshot(Samples.Run(1), trades: 0, escalations: 0);
        await journal.CreateRunAsync(run, _ct);
        await Assert.ThrowsAnyAsync<Exception>(() => journal.CommitAsync(Samples.Batch(run.Header, events: [Samples.Event(RunId.Create("x"), 1)]), _ct));

        await journal.CommitAsync(Samples.Batch(run.Header, events: [Samples.Event(run.Header.RunId, 1)]), _ct);

        Assert.Single(await journal.ReadEventsAsync(run.Header.RunId, _ct));
    }

    private long CountOrders(int attempt)
    {
        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        return (long)Raw.Scalar(connection, $"SELECT COUNT(*) FROM orders WHERE attempt = {attempt};")!;
    }
}
