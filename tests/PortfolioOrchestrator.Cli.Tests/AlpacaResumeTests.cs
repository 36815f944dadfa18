using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>
/// A real <c>po</c> process (the crash host) dies mid-run against the fake Alpaca right after a journal commit, and
/// <c>po resume</c> reopens Alpaca from the same environment: it settles by client order id and never
/// sends an order twice.
/// </summary>
public sealed class AlpacaResumeTests : IDisposable
{
    // The sample's journal commits before the first order (XOM, T-003): run created, STEP 1, the refresh,
    // STEP 2, then the order intent (4th); the submission's outcome goes with the next trade's intent (5th).
    private const int CommitsThroughIntent = 4;
    private const int CommitsThroughUnresolved = 5;

    private readonly PoHarness _po = new();
    private readonly FakeAlpacaServer _alpaca = AlpacaSample.StartFake();

    public AlpacaResumeTests() => AlpacaSample.Point(_po, _alpaca);

    public void Dispose()
    {
        _alpaca.Dispose();
        _po.Dispose();
    }

    [Fact]
    public void Resume_after_a_crash_following_a_lost_answer_finds_the_order_and_places_it_no_second_time()
    {
        // The lost answer is settled at once by sending again under the same id (Alpaca refuses the id as
        // in use); the process then dies on its next commit, and resume finds the one order.
        _alpaca.DropNextOrderResponses(1);
        var runId = Crash(CommitsThroughUnresolved);
        Assert.Single(_alpaca.Orders, o => o.Symbol == "XOM");
        Assert.Equal(2, _alpaca.Requests.Count(r => r.Method == "POST" && r.Body!.Contains("\"XOM\"", StringComparison.Ordinal)));

        var resumed = _po.Run("resume", runId, "--now", "2026-11-24T13:45:00-05:00", "--state", "state", "--json");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal("COMPLETED", resumed.Json.GetProperty("status").GetString());
        Assert.Equal("EXECUTED", AlpacaSample.Trade(resumed.Json, "T-003").GetProperty("status").GetString());
        Assert.Equal(_alpaca.Orders.Count, _alpaca.Orders.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Equal(4, _alpaca.Orders.Count(o => o.Type == "market"));
    }

    [Fact]
    public void Resume_after_a_crash_between_intent_and_submit_sends_the_order_once()
    {
        var runId = Crash(CommitsThroughIntent);
        Assert.Empty(_alpaca.Orders);

        var resumed = _po.Run("resume", runId, "--now", "2026-11-24T13:45:00-05:00", "--state", "state", "--json");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal("EXECUTED", AlpacaSample.Trade(resumed.Json, "T-003").GetProperty("status").GetString());
        AssertEachOrderSentOnce();
        Assert.Single(_alpaca.Orders, o => o.Symbol == "XOM");
    }

    [Fact]
    public void Resume_of_an_alpaca_run_needs_the_keys_in_the_environment_again()
    {
        var runId = Crash(CommitsThroughIntent);
        _po.Variables.Remove("APCA_API_SECRET_KEY");

        var resumed = _po.Run("resume", runId, "--state", "state", "--json");

        Assert.True(resumed.ExitCode == 2, resumed.ToString());
        Assert.Contains("APCA_API_SECRET_KEY", resumed.Error);
        Assert.Empty(_alpaca.Orders);
    }

    private string Crash(int commits)
    {
        var crashed = PoProcess.RunCrashingAfterCommits(_po.Directory, _po.Variables, commits, AlpacaSample.RunArguments(_po));
        Assert.True(crashed.ExitCode != 0, crashed.ToString());
        var status = _po.Run("status", "--state", "state", "--json");
        return status.Json[0].GetProperty("run_id").GetString()!;
    }

    private string? TradeStatus(string runId, string tradeId) =>
        _po.Run("status", runId, "--state", "state", "--json").Json.GetProperty("trades").EnumerateArray()
            .Single(t => t.GetProperty("trade_id").GetString() == tradeId).GetProperty("status").GetString();

    private void AssertEachOrderSentOnce()
    {
        Assert.Equal(_alpaca.Orders.Count, _alpaca.Orders.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Equal(_alpaca.Orders.Count(o => o.ParentId is null), _alpaca.RequestCount("POST", "/v2/orders"));
    }
}
