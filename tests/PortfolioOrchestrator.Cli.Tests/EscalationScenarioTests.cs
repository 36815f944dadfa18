namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>Pauses, decisions and resumes through the command line.</summary>
public sealed class EscalationScenarioTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    private string StalePortfolio() =>
        _po.WriteSample("PORTFOLIO.md", "stale.md", text => text.Replace("2026-11-24T09:40:00-05:00", "2026-11-19T09:40:00-05:00"));

    private PoResult Run(string portfolio, string now = "2026-11-24T13:40:00-05:00") =>
        _po.Run("run", "--portfolio", portfolio, "--qa", _po.Sample("qa-report.json"), "--now", now, "--state", "state", "--json");

    [Fact]
    public void Stale_portfolio_pauses_with_exit_4_and_an_open_stale_portfolio_escalation()
    {
        var result = Run(StalePortfolio());
        Assert.True(result.ExitCode == 4, result.ToString());
        var report = result.Json;
        Assert.Equal("AWAITING_DECISION", report.GetProperty("status").GetString());
        var escalation = report.GetProperty("escalations")[0];
        Assert.Equal("STALE_PORTFOLIO", escalation.GetProperty("type").GetString());
        Assert.Equal("OPEN", escalation.GetProperty("status").GetString());
        Assert.Equal("[]", _po.Run("paper", "orders", "--state", "state", "--json").Out.Trim());
    }

    [Fact]
    public void Approve_then_resume_executes_the_held_trades()
    {
        var paused = Run(StalePortfolio()).Json;
        var escalationId = paused.GetProperty("escalations")[0].GetProperty("id").GetString()!;
        var runId = paused.GetProperty("run_id").GetString()!;

        var decided = _po.Run("decide", escalationId, "approve", "--by", "Master-Architect", "--state", "state");
        Assert.True(decided.ExitCode == 0, decided.ToString());
        var resumed = _po.Run("resume", runId, "--now", "2026-11-24T13:45:00-05:00", "--state", "state", "--json");

        Assert.True(resumed.ExitCode == 3, resumed.ToString());
        Assert.Equal("TOO_STALE", resumed.Json.GetProperty("portfolio_state").GetString());
        Assert.Equal("APPROVED", resumed.Json.GetProperty("escalations")[0].GetProperty("status").GetString());
        Assert.Contains(resumed.Json.GetProperty("trades").EnumerateArray(), t => t.GetProperty("status").GetString() == "EXECUTED");
    }

    [Fact]
    public void Halt_then_resume_halts_every_trade_and_sends_nothing()
    {
        var paused = Run(StalePortfolio()).Json;
        _po.Run("decide", paused.GetProperty("escalations")[0].GetProperty("id").GetString()!, "halt", "--by", "MA", "--state", "state");
        var resumed = _po.Run("resume", paused.GetProperty("run_id").GetString()!, "--now", "2026-11-24T13:45:00-05:00", "--state", "state", "--json");

        Assert.Equal(3, resumed.ExitCode);
        Assert.Equal("HALTED", resumed.Json.GetProperty("status").GetString());
        Assert.All(resumed.Json.GetProperty("trades").EnumerateArray().Where(t => t.GetProperty("trade_id").GetString() != "T-004"), t => Assert.Equal("HALTED", t.GetProperty("status").GetString()));
        Assert.Equal("[]", _po.Run("paper", "orders", "--state", "state", "--json").Out.Trim());
    }

    [Fact]
    public void Deciding_an_unknown_or_already_decided_escalation_is_exit_2()
    {
        var paused = Run(StalePortfolio()).Json;
        var id = paused.GetProperty("escalations")[0].GetProperty("id").GetString()!;
        Assert.Equal(2, _po.Run("decide", "NOPE-E9", "approve", "--by", "MA", "--state", "state").ExitCode);
        Assert.Equal(0, _po.Run("decide", id, "defer", "--by", "MA", "--state", "state").ExitCode);
        Assert.Equal(2, _po.Run("decide", id, "approve", "--by", "MA", "--state", "state").ExitCode);
    }

    [Fact]
    public void Status_lists_the_run_and_its_open_escalation()
    {
        var paused = Run(StalePortfolio()).Json;
        var status = _po.Run("status", "--state", "state", "--json");
        Assert.Equal(0, status.ExitCode);
        var run = status.Json[0];
        Assert.Equal(paused.GetProperty("run_id").GetString(), run.GetProperty("run_id").GetString());
        Assert.Equal(paused.GetProperty("escalations")[0].GetProperty("id").GetString(), run.GetProperty("open_escalations")[0].GetString());
    }

    [Fact]
    public void Validate_says_ready_with_exit_0_and_needs_decision_with_exit_4()
    {
        var ready = _po.Run("validate", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--now", "2026-11-24T13:40:00-05:00", "--json");
        Assert.True(ready.ExitCode == 0, ready.ToString());
        Assert.Equal("QUICK_REFRESH", ready.Json.GetProperty("refresh_action").GetString());

        var stale = _po.Run("validate", "--portfolio", StalePortfolio(), "--qa", _po.Sample("qa-report.json"), "--now", "2026-11-24T13:40:00-05:00", "--json");
        Assert.Equal(4, stale.ExitCode);
        Assert.Equal("TOO_STALE", stale.Json.GetProperty("portfolio_state").GetString());
    }
}
