using Microsoft.Data.Sqlite;

namespace PortfolioOrchestrator.Reliability.Tests.State;

/// <summary>A journal that is garbage or from a newer po: every verb that opens it exits 2 with a clear message, and the file is left alone.</summary>
public sealed class CorruptJournalTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string JournalPath => Path.Combine(_workspace.State, "journal.db");

    [Fact]
    public void Garbage_bytes_in_journal_db_make_every_journal_verb_exit_2_naming_the_file()
    {
        Directory.CreateDirectory(_workspace.State);
        var garbage = new byte[64 * 1024];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(JournalPath, garbage);

        AssertEveryVerbRefuses("not a SQLite database", "R-QA-2026-11-24-001-1");
        Assert.Equal(garbage, File.ReadAllBytes(JournalPath));
    }

    [Fact]
    public void A_valid_header_over_damaged_pages_makes_every_journal_verb_exit_2()
    {
        Assert.Equal(0, _workspace.Po(SampleRun()).ExitCode);
        var bytes = File.ReadAllBytes(JournalPath);
        new Random(11).NextBytes(bytes.AsSpan(100, Math.Min(bytes.Length - 100, 8 * 1024)));
        File.WriteAllBytes(JournalPath, bytes);
        foreach (var wal in Directory.GetFiles(_workspace.State, "journal.db-*"))
        {
            File.Delete(wal);
        }

        AssertEveryVerbRefuses("journal", "R-QA-2026-11-24-001-1");
    }

    [Fact]
    public void A_journal_from_a_newer_schema_makes_every_journal_verb_exit_2_and_stays_untouched()
    {
        Assert.Equal(0, _workspace.Po(SampleRun()).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={JournalPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 9999;";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(JournalPath);
        AssertEveryVerbRefuses("newer than this po understands", "R-QA-2026-11-24-001-1");
        Assert.Equal(before, File.ReadAllBytes(JournalPath));
    }

    private string[] SampleRun()
    {
        var portfolio = _workspace.Write("portfolio.md", Workspace.Sample("PORTFOLIO.md"));
        var qa = _workspace.Write("qa.json", Workspace.Sample("qa-report.json"));
        return ["run", "--portfolio", portfolio, "--qa", qa, "--now", "2026-11-24T13:40:00-05:00", "--state", _workspace.State];
    }

    private void AssertEveryVerbRefuses(string expected, string runId)
    {
        string[][] verbs =
        [
            SampleRun(),
            ["status", "--state", _workspace.State],
            ["status", runId, "--state", _workspace.State, "--json"],
            ["report", runId, "--state", _workspace.State],
            ["resume", runId, "--now", "2026-11-24T13:40:00-05:00", "--state", _workspace.State],
            ["decide", runId + "-E1", "approve", "--by", "Master-Architect", "--state", _workspace.State],
        ];
        foreach (var args in verbs)
        {
            var result = _workspace.Po(args);
            Assert.True(result.ExitCode == 2, $"po {string.Join(' ', args)}: {result}");
            Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("journal.db", result.Error, StringComparison.Ordinal);
            Assert.False(result.HasStackTrace, result.ToString());
            Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        }
    }
}
