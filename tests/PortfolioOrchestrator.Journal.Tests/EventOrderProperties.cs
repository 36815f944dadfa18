using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class EventOrderProperties
{
    [Property(MaxTest = 25)]
    public async Task Events_read_back_are_exactly_those_appended_in_order(byte[] batchSizes, bool reopen)
    {
        using var state = new TempDirectory("journal");
        var runId = Samples.Run(1);
        var header = Samples.Header(runId);
        var appended = new List<JournalEvent>();
        var journal = SqliteJournal.Open(state.Path);
        try
        {
            await journal.CreateRunAsync(Samples.Snapshot(runId), CancellationToken.None);
            foreach (var size in batchSizes)
            {
                var batch = Enumerable.Range(appended.Count, size % 4)
                    .Select(n => Samples.Event(runId, -n) with { Kind = "k" + (n % 3), Detail = $"#{n} {size}" })
                    .ToList();
                appended.AddRange(batch);
                await journal.CommitAsync(Samples.Batch(header, events: batch), CancellationToken.None);
            }

            if (reopen)
            {
                journal.Dispose();
                journal = SqliteJournal.Open(state.Path);
            }

            Assert.Equal(appended, await journal.ReadEventsAsync(runId, CancellationToken.None));
        }
        finally
        {
            journal.Dispose();
        }
    }
}
