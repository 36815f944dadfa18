using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// CONTRACT Resolution 20: with <c>--json</c> every verb reports an error as one JSON object on stdout —
/// <c>{"error": {kind, run_id, message, problems}}</c> — with the exit code it has without <c>--json</c>.
/// </summary>
public sealed class Resolution20JsonErrorTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    public static TheoryData<string, string[]> BadInputOfEveryVerb => new()
    {
        { "demo", ["demo", "--routing", "missing-routing.json"] },
        { "validate", ["validate", "--portfolio", "missing.md", "--qa", "missing.json"] },
        { "run", ["run", "--portfolio", "missing.md", "--qa", "missing.json"] },
        { "status", ["status", "R-NOPE-1"] },
        { "decide", ["decide", "R-NOPE-1-E1", "approve", "--by", "MA"] },
        { "resume", ["resume", "R-NOPE-1"] },
        { "report", ["report", "R-NOPE-1"] },
        { "monitor", ["monitor", "--portfolio", "missing.md"] },
        { "an unknown option", ["status", "--colour", "blue"] },
        { "a decision po does not know", ["decide", "R-NOPE-1-E1", "maybe", "--by", "MA"] },
    };

    [Theory]
    [MemberData(nameof(BadInputOfEveryVerb))]
    public void Resolution_20_bad_input_of_every_verb_is_one_json_error_object_on_stdout_with_exit_2(string verb, string[] args)
    {
        var plain = _po.Run([.. args, "--state", "state"]);
        var json = _po.Run([.. args, "--state", "state", "--json"]);

        Assert.True(plain.ExitCode == 2, $"{verb}: {plain}");
        Assert.True(json.ExitCode == 2, $"{verb}: {json}");
        var error = OnlyError(json);
        Assert.Equal("bad_input", error.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Array, error.GetProperty("problems").ValueKind);
        Assert.DoesNotContain("   at ", json.Error + json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_20_problems_name_the_file_the_field_and_what_was_expected()
    {
        var qa = _po.WriteSample("qa-report.json", "qa.json", text => text.Replace("\"size_dollars\": 5000.00", "\"size_dollars\": -5", StringComparison.Ordinal));

        var result = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", qa, "--now", QaFiles.SampleNow, "--state", "state", "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        var problem = Assert.Single(OnlyError(result).GetProperty("problems").EnumerateArray());
        Assert.Equal(qa, problem.GetProperty("file").GetString());
        Assert.Equal("trades[0].size_dollars", problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("expected").GetString()));
        Assert.Equal("[]", _po.Run("paper", "orders", "--state", "state", "--json").Out.Trim());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("status")]
    [InlineData("paper orders")]
    [InlineData("decide")]
    public void Resolution_20_a_state_directory_that_cannot_be_created_is_state_unavailable_naming_it(string verb)
    {
        var blocker = _po.Write("not-a-directory", "a file where the state directory should be");
        var state = Path.Combine(blocker, "state");
        string[] args = verb switch
        {
            "run" => ["run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--now", QaFiles.SampleNow],
            "status" => ["status"],
            "paper orders" => ["paper", "orders"],
            _ => ["decide", "R-X-1-E1", "approve", "--by", "MA"],
        };

        var plain = _po.Run([.. args, "--state", state]);
        var json = _po.Run([.. args, "--state", state, "--json"]);

        Assert.True(plain.ExitCode == 1, plain.ToString());
        Assert.Contains(blocker, plain.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", plain.Error, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        var error = OnlyError(json);
        Assert.Equal("state_unavailable", error.GetProperty("kind").GetString());
        Assert.Contains(blocker, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_20_a_paused_run_with_json_prints_its_report_and_no_error()
    {
        var result = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", QaFiles.PausingOnTheFloor(_po), "--now", QaFiles.SampleNow, "--state", "state", "--json");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.False(result.Json.TryGetProperty("error", out _));
        Assert.Equal("AWAITING_DECISION", result.Json.GetProperty("status").GetString());
    }

    /// <summary>stdout holds exactly one JSON object, and it is an error.</summary>
    private static JsonElement OnlyError(PoResult result)
    {
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        var root = document.RootElement.Clone();
        Assert.Single(root.EnumerateObject());
        return root.GetProperty("error");
    }
}
