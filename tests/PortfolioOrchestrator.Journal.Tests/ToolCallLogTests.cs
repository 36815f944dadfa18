using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

/// <summary>The journal's log of MCP tool calls (schema 4, CONTRACT §8): durable, in order, append-only.</summary>
public sealed class ToolCallLogTests : IDisposable
{
    private readonly TempDirectory _state = new("tool-calls");

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task Tool_calls_read_back_in_order_after_reopening_with_their_run_or_none()
    {
        var at = DateTimeOffset.Parse("2026-11-24T13:40:00-05:00", System.Globalization.CultureInfo.InvariantCulture);
        using (var journal = SqliteJournal.Open(_state.Path))
        {
            await journal.AppendToolCallAsync(new ToolCallRecord(at, "plan_execution", new string('a', 64), "ok", null), CancellationToken.None);
            await journal.AppendToolCallAsync(new ToolCallRecord(at.AddMinutes(1), "execute_trades", new string('b', 64), "refused: expired", "R-1"), CancellationToken.None);
        }

        using var reopened = SqliteJournal.Open(_state.Path);
        var calls = await reopened.ReadToolCallsAsync(CancellationToken.None);

        Assert.Equal(
            [new ToolCallRecord(at, "plan_execution", new string('a', 64), "ok", null), new ToolCallRecord(at.AddMinutes(1), "execute_trades", new string('b', 64), "refused: expired", "R-1")],
            calls);
    }

    [Theory]
    [InlineData("UPDATE tool_calls SET outcome = 'ok';")]
    [InlineData("DELETE FROM tool_calls;")]
    public async Task A_recorded_tool_call_can_be_neither_changed_nor_deleted(string sql)
    {
        using (var journal = SqliteJournal.Open(_state.Path))
        {
            await journal.AppendToolCallAsync(new ToolCallRecord(DateTimeOffset.UnixEpoch, "validate_execution", new string('c', 64), "error: bad_input", null), CancellationToken.None);
        }

        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        var refused = Assert.Throws<SqliteException>(() => Raw.Execute(connection, sql));
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }
}
