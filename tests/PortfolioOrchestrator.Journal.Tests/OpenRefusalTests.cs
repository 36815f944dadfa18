using System.Security.Cryptography;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class OpenRefusalTests : IDisposable
{
    private const int PageSize = 4096;
    private readonly TempDirectory _state = new("journal");

    public void Dispose() => _state.Dispose();

    [Theory]
    [InlineData(10_000)]
    [InlineData(5)]
    public void A_file_that_is_not_sqlite_is_refused_and_left_alone(int length)
    {
        var garbage = RandomNumberGenerator.GetBytes(length);
        File.WriteAllBytes(_state.File(Raw.JournalFile), garbage);

        var refusal = Assert.Throws<JournalUnavailableException>(() => SqliteJournal.Open(_state.Path));

        Assert.Contains(_state.File(Raw.JournalFile), refusal.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(_state.File(Raw.JournalFile), refusal.DatabasePath);
        Assert.Equal(garbage, File.ReadAllBytes(_state.File(Raw.JournalFile)));
    }

    [Fact]
    public async Task A_database_with_damaged_pages_is_refused()
    {
        using (var journal = SqliteJournal.Open(_state.Path))
        {
            for (var i = 0; i < 20; i++)
            {
                await journal.CreateRunAsync(Samples.Snapshot(Samples.Run(i), trades: 5), CancellationToken.None);
            }
        }

        var bytes = File.ReadAllBytes(_state.File(Raw.JournalFile));
        Assert.True(bytes.Length > 4 * PageSize, "the sample should span several pages");
        // Page 1 (header and schema) stays; the tables' pages become noise.
        RandomNumberGenerator.Fill(bytes.AsSpan(PageSize));
        File.WriteAllBytes(_state.File(Raw.JournalFile), bytes);

        var refusal = Assert.Throws<JournalUnavailableException>(() => SqliteJournal.Open(_state.Path));

        Assert.Contains(_state.File(Raw.JournalFile), refusal.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_state.File(Raw.JournalFile)));
    }

    [Fact]
    public void A_database_from_a_newer_schema_is_refused_and_never_touched()
    {
        using (var connection = Raw.Open(_state.File(Raw.JournalFile)))
        {
            Raw.Execute(connection, "CREATE TABLE future (x); PRAGMA user_version = 99;");
        }

        var before = File.ReadAllBytes(_state.File(Raw.JournalFile));

        var refusal = Assert.Throws<JournalUnavailableException>(() => SqliteJournal.Open(_state.Path));

        Assert.Contains(_state.File(Raw.JournalFile), refusal.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 99", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_state.File(Raw.JournalFile)));
        Assert.False(File.Exists(_state.File(Raw.JournalFile) + "-wal"));
    }

    [Fact]
    public void A_state_path_that_is_a_file_is_refused()
    {
        var notADirectory = Path.Combine(_state.Path, "file");
        File.WriteAllText(notADirectory, "x");

        var refusal = Assert.Throws<JournalUnavailableException>(() => SqliteJournal.Open(notADirectory));

        Assert.Contains(notADirectory, refusal.Message, StringComparison.Ordinal);
    }
}
