using System.Text.Json;
using System.Text.RegularExpressions;

namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>
/// Hostile but valid text (Markdown and HTML meta-characters) in every text field a run prints: the run
/// succeeds and the report and every routed message carry the text escaped, never raw.
/// </summary>
public sealed partial class HostileTextTests
{
    private const string Marker = HostileValues.Marker;

    [Fact]
    public void Ids_accounts_sectors_and_conviction_with_meta_characters_are_escaped_in_every_markdown_file()
    {
        var text = Workspace.Sample("qa-report.json")
            .Replace("\"QA-2026-11-24-001\"", Json("QA-" + Marker), StringComparison.Ordinal)
            .Replace("\"T-001\"", Json("T1-" + Marker), StringComparison.Ordinal)
            .Replace("\"conviction\": \"HIGH\"", "\"conviction\": " + Json("HIGH " + Marker), StringComparison.Ordinal)
            .Replace("\"sector\": \"Technology\",\n      \"conviction\": \"MEDIUM\"", "\"sector\": " + Json("Tech " + Marker) + ",\n      \"conviction\": \"MEDIUM\"", StringComparison.Ordinal)
            .Replace("\"account\": \"ROTH-1\"", "\"account\": " + Json("ROTH " + Marker), StringComparison.Ordinal);
        Assert.Equal(6, text.Split(Marker).Length - 1); // the report id, one trade id, one account, one sector, two convictions
        var portfolio = AccountsSection().Replace(Workspace.Sample("PORTFOLIO.md"), string.Empty)
            .Replace("| ROTH-1 |", "| ROTH " + Marker.Replace("|", "\\|", StringComparison.Ordinal) + " |", StringComparison.Ordinal);

        var problems = HostileRunner.Check(new HostileCase("meta-characters in ids", portfolio, text, Workspace.Sample("paper-script.json"), Marker: Marker));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_venue_rejection_reason_with_meta_characters_is_escaped_in_the_escalation_messages()
    {
        var script = Workspace.Sample("paper-script.json").Replace("\"AMD\": { \"fill_ratio\": 0.85 }", "\"AMD\": { \"reject\": " + Json(Marker) + " }", StringComparison.Ordinal);
        var problems = HostileRunner.Check(HostileCase.Sample("rejection reason") with { Script = script, Marker = Marker });
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_decision_by_and_note_with_meta_characters_are_escaped_after_resume()
    {
        using var workspace = new Workspace();
        var portfolio = workspace.Write("portfolio.md", Workspace.Sample("PORTFOLIO.md").Replace("2026-11-24T09:40:00-05:00", "2026-11-19T09:40:00-05:00", StringComparison.Ordinal));
        var qa = workspace.Write("qa.json", Workspace.Sample("qa-report.json"));
        var paused = InProcessPo.Run(workspace.Directory, "run", "--portfolio", portfolio, "--qa", qa, "--now", HostileRunner.Now, "--state", workspace.State, "--json");
        Assert.True(paused.ExitCode == 4, paused.ToString());
        var escalation = paused.Json.GetProperty("escalations")[0].GetProperty("id").GetString()!;
        var decided = InProcessPo.Run(workspace.Directory, "decide", escalation, "approve", "--by", "MA " + Marker, "--note", "note " + Marker + "\n# injected heading\u001b[31m", "--state", workspace.State);
        Assert.True(decided.ExitCode == 0, decided.ToString());

        var problems = HostileRunner.Check(workspace, ["resume", paused.Json.GetProperty("run_id").GetString()!, "--now", HostileRunner.Now, "--state", workspace.State, "--json"], childProcess: false, Marker);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.DoesNotContain(
            Directory.GetFiles(Path.Combine(workspace.State, "runs"), "*.md", SearchOption.AllDirectories).SelectMany(File.ReadAllLines),
            line => line.StartsWith("# injected", StringComparison.Ordinal));
    }

    private static string Json(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [GeneratedRegex(@"## Accounts\n(\|.*\n)+\n")]
    private static partial Regex AccountsSection();
}
