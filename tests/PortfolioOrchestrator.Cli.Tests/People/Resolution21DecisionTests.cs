using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// CONTRACT Resolution 21: <c>po decide</c> takes only the blocking, open escalation a run waits for (in any
/// case), and <c>po status</c> shows the exact lines to type, apart from what is only for attention.
/// </summary>
public sealed class Resolution21DecisionTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    private JsonElement Pause()
    {
        var result = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", QaFiles.PausingOnTheFloor(_po), "--now", QaFiles.SampleNow, "--state", "state", "--json");
        Assert.True(result.ExitCode == 4, result.ToString());
        return result.Json;
    }

    private static string EscalationId(JsonElement report, bool blocking) =>
        report.GetProperty("escalations").EnumerateArray().First(e => e.GetProperty("blocking").GetBoolean() == blocking).GetProperty("id").GetString()!;

    [Fact]
    public void Resolution_21_deciding_a_noted_escalation_is_exit_2_naming_the_one_the_run_waits_for()
    {
        var paused = Pause();
        var noted = EscalationId(paused, blocking: false);
        var awaited = EscalationId(paused, blocking: true);

        var refused = _po.Run("decide", noted, "approve", "--by", "Master-Architect", "--state", "state");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains(noted, refused.Error, StringComparison.Ordinal);
        Assert.Contains($"po decide {awaited} approve|defer|halt --by NAME", refused.Error, StringComparison.Ordinal);
        var json = _po.Run("decide", noted, "approve", "--by", "Master-Architect", "--state", "state", "--json");
        Assert.Equal(2, json.ExitCode);
        Assert.Equal("bad_input", json.Json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(paused.GetProperty("run_id").GetString(), json.Json.GetProperty("error").GetProperty("run_id").GetString());
    }

    [Fact]
    public void Resolution_21_an_already_decided_escalation_is_exit_2_and_says_to_resume()
    {
        var paused = Pause();
        var awaited = EscalationId(paused, blocking: true);
        Assert.Equal(0, _po.Run("decide", awaited, "defer", "--by", "MA", "--state", "state").ExitCode);

        var again = _po.Run("decide", awaited, "approve", "--by", "MA", "--state", "state");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already decided", again.Error, StringComparison.Ordinal);
        Assert.Contains($"po resume {paused.GetProperty("run_id").GetString()}", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("APPROVE")]
    [InlineData("Approve")]
    [InlineData("approve")]
    public void Resolution_21_decisions_are_accepted_in_any_case(string decision)
    {
        var awaited = EscalationId(Pause(), blocking: true);

        var decided = _po.Run("decide", awaited, decision, "--by", "Master-Architect", "--state", "state", "--json");

        Assert.True(decided.ExitCode == 0, decided.ToString());
        Assert.Equal("approve", decided.Json.GetProperty("decision").GetString());
    }

    [Fact]
    public void Resolution_21_status_shows_the_exact_decide_and_resume_lines_and_lists_noted_ones_apart()
    {
        var paused = Pause();
        var runId = paused.GetProperty("run_id").GetString()!;
        var awaited = EscalationId(paused, blocking: true);
        var noted = EscalationId(paused, blocking: false);
        var state = Path.Combine(_po.Directory, "state");

        var json = _po.Run("status", runId, "--state", "state", "--json").Json;
        var text = _po.Run("status", runId, "--state", "state").Out;
        var all = _po.Run("status", "--state", "state").Out;

        Assert.Equal(awaited, json.GetProperty("awaiting_escalation").GetString());
        Assert.Equal(
            [$"po decide {awaited} approve --by NAME --state {state}", $"po decide {awaited} defer --by NAME --state {state}", $"po decide {awaited} halt --by NAME --state {state}"],
            json.GetProperty("decide_commands").EnumerateArray().Select(l => l.GetString()!));
        Assert.Equal($"po resume {runId} --state {state}", json.GetProperty("resume_command").GetString());
        Assert.Equal([noted], json.GetProperty("attention_escalations").EnumerateArray().Select(e => e.GetString()!));
        foreach (var output in new[] { text, all })
        {
            Assert.Contains($"po decide {awaited} approve --by NAME --state {state}", output, StringComparison.Ordinal);
            Assert.Contains($"po resume {runId} --state {state}", output, StringComparison.Ordinal);
            Assert.Contains("for the Master-Architect's attention", output, StringComparison.Ordinal);
        }

        Assert.Contains("T-004", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_21_the_paused_run_prints_the_lines_to_type()
    {
        var run = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", QaFiles.PausingOnTheFloor(_po), "--now", QaFiles.SampleNow);
        Assert.True(run.ExitCode == 4, run.ToString());
        var runId = _po.Run("status", "--json").Json[0].GetProperty("run_id").GetString()!;
        var awaited = _po.Run("status", "--json").Json[0].GetProperty("awaiting_escalation").GetString()!;

        Assert.Contains($"po decide {awaited} approve --by NAME", run.Out, StringComparison.Ordinal);
        Assert.Contains($"po resume {runId}", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--state", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_of_an_empty_state_directory_says_where_it_looked()
    {
        var result = _po.Run("status", "--state", "empty");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Path.Combine(_po.Directory, "empty"), result.Out, StringComparison.Ordinal);
    }
}
