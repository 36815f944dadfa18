using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempDirectory _state = new("journal");
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task A_second_journal_on_the_same_file_sees_each_commit_once_it_returns()
    {
        using var writer = SqliteJournal.Open(_state.Path);
        using var reader = SqliteJournal.Open(_state.Path);
        var run = Samples.Snapshot(Samples.Run(1), trades: 1, escalations: 0);

        await writer.CreateRunAsync(run, _ct);
        Assert.NotNull(await reader.LoadRunAsync(run.Header.RunId, _ct));

        await writer.CommitAsync(Samples.Batch(run.Header with { Status = RunStatus.Halted }, events: [Samples.Event(run.Header.RunId, 1)]), _ct);
        Assert.Equal(RunStatus.Halted, (await reader.LoadRunAsync(run.Header.RunId, _ct))!.Header.Status);
        Assert.Single(await reader.ReadEventsAsync(run.Header.RunId, _ct));

        await reader.CommitAsync(Samples.Batch(run.Header with { Status = RunStatus.Completed }), _ct);
        Assert.Equal(RunStatus.Completed, (await writer.LoadRunAsync(run.Header.RunId, _ct))!.Header.Status);
    }

    [Fact]
    public async Task An_open_read_does_not_block_a_commit_and_keeps_its_snapshot()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var run = Samples.Snapshot(Samples.Run(1), trades: 0, escalations: 0);
        await journal.CreateRunAsync(run, _ct);

        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        using (var transaction = connection.BeginTransaction(deferred: true))
        {
            using var count = connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = "SELECT COUNT(*) FROM events;";
            Assert.Equal(0L, count.ExecuteScalar());

            await journal.CommitAsync(Samples.Batch(run.Header, events: [Samples.Event(run.Header.RunId, 1)]), _ct);

            Assert.Equal(0L, count.ExecuteScalar());
        }

        Assert.Equal(1L, Raw.Scalar(connection, "SELECT COUNT(*) FROM events;"));
    }

    [Fact]
    public async Task Concurrent_calls_on_one_journal_are_serialised()
    {
        using var journal = SqliteJournal.Open(_state.Path);
        var run = Samples.Snapshot(Samples.Run(1), trades: 0, escalations: 0);
        await journal.CreateRunAsync(run, _ct);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; n < 25; n++)
            {
                await journal.CommitAsync(Samples.Batch(run.Header, events: [Samples.Event(run.Header.RunId, (worker * 100) + n)]), _ct);
                await journal.LoadRunAsync(run.Header.RunId, _ct);
            }
        })));

        var events = await journal.ReadEventsAsync(run.Header.RunId, _ct);
        Assert.Equal(200, events.Count);
        Assert.Equal(200, events.Select(e => e.At).Distinct().Count());
    }
}
