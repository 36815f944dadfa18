using System.Globalization;
using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>What `po validate` and `po run` say, as warnings, about inputs written the way agents write them.</summary>
public sealed class InputWarningsTests : IDisposable
{
    private const string Now = "2026-11-24T13:40:00-05:00";
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    private static List<string> Warnings(JsonElement json) => [.. json.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];

    [Fact]
    public void Resolution14_validate_queues_a_lower_case_gate_and_warns_about_a_typo()
    {
        var qa = _po.WriteSample("qa-report.json", "qa.json", text => ReplaceNth(ReplaceNth(text, "\"APPROVED_FOR_EXECUTION\"", "\"approved_for_execution\"", 0), "\"APPROVED_FOR_EXECUTION\"", "\"APPROVED_FOR_EXECUTON\"", 0));

        var result = _po.Run("validate", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", qa, "--now", Now, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var queue = result.Json.GetProperty("queue").EnumerateArray().ToDictionary(t => t.GetProperty("trade_id").GetString()!, t => t.GetProperty("approved").GetBoolean());
        Assert.True(queue["T-001"]);
        Assert.False(queue["T-002"]);
        Assert.Contains(Warnings(result.Json), w => w.StartsWith("Trade T-002 (", StringComparison.Ordinal) && w.Contains("\"APPROVED_FOR_EXECUTON\", which is not a QA gate", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolution23_a_fenced_qa_report_runs_with_a_warning_and_ratios_of_at_most_ten_significant_digits()
    {
        var qa = _po.WriteSample("qa-report.json", "qa.md", text => "```json\n" + text + "\n```\n");

        var result = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", qa, "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", Now, "--state", "state", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(Warnings(result.Json), w => w.Contains("is wrapped in a Markdown code fence", StringComparison.Ordinal));
        var ratios = Ratios(result.Json).ToList();
        Assert.NotEmpty(ratios);
        Assert.All(ratios, r => Assert.True(SignificantDigits(r.Value) <= 10, $"{r.Name} = {r.Value.GetRawText()}"));
    }

    [Fact]
    public void Resolution23_qa_context_figures_away_from_portfolio_md_and_an_approval_in_the_future_are_warnings()
    {
        var qa = _po.WriteSample("qa-report.json", "qa.json", text => text
            .Replace("\"total_cash\": 45000.00", "\"total_cash\": 40000.00", StringComparison.Ordinal)
            .Replace("2026-11-24T13:30:00-05:00", "2026-11-24T15:30:00-05:00", StringComparison.Ordinal));

        var result = _po.Run("validate", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", qa, "--now", Now, "--json");

        var warnings = Warnings(result.Json);
        Assert.Contains(warnings, w => w.StartsWith("The QA report's portfolio_context total_cash $40,000.00 differs from PORTFOLIO.md's $45,000.00", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("was approved at 2026-11-24T15:30:00-05:00, in the future", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Name, JsonElement Value)> Ratios(JsonElement report)
    {
        string[] names = ["buffer_after_all_pending", "buffer_after", "allocation", "live_allocation", "projected_allocation", "approved_allocation", "slippage_bps"];
        return Walk(report).Where(p => names.Contains(p.Name, StringComparer.Ordinal) && p.Value.ValueKind == JsonValueKind.Number);
    }

    private static IEnumerable<(string Name, JsonElement Value)> Walk(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Walk(p.Value).Prepend((p.Name, p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Walk),
        _ => [],
    };

    private static int SignificantDigits(JsonElement number) =>
        number.GetDecimal().ToString(CultureInfo.InvariantCulture).TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length;

    private static string ReplaceNth(string text, string find, string replacement, int skip)
    {
        var at = -1;
        for (var i = 0; i <= skip; i++)
        {
            at = text.IndexOf(find, at + 1, StringComparison.Ordinal);
        }

        return text[..at] + replacement + text[(at + find.Length)..];
    }
}
