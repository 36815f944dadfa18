namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>JSON may escape half a surrogate pair ("\ud800"); the parser accepts it but it is no text: bad input, not an internal error.</summary>
public sealed class LoneSurrogateTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "qa", "\"trade_id\": \"T-001\"=>\"trade_id\": \"\\ud800\"" },
        { "qa", "\"generated_at\": \"2026-11-24T13:35:00-05:00\"=>\"generated_at\": \"\\udfff\\ud800\"" },
        { "qa", "\"Technology\": { \"allocation_percent\": 7.6 }=>\"\\ud800\": { \"allocation_percent\": 7.6 }" },
        { "script", "\"AMD\": { \"fill_ratio\": 0.85 }=>\"AMD\": { \"reject\": \"\\ud800\" }" },
        { "script", "\"AMD\": { \"fill_ratio\": 0.85 }=>\"\\udc00\": { \"fill_ratio\": 0.85 }" },
        { "policy", "{ \"min_buffer\": 0.2, \"\\udc00\": 1 }" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_escaped_lone_surrogate_in_a_string_or_key_is_bad_input(string file, string edit)
    {
        var hostile = HostileCase.Sample($"{file}: {edit}");
        var parts = edit.Split("=>");
        hostile = file switch
        {
            "qa" => hostile with { Qa = Replace(hostile.Qa, parts) },
            "script" => hostile with { Script = Replace(hostile.Script!, parts) },
            _ => hostile with { Policy = edit },
        };

        using var workspace = new Workspace();
        var result = InProcessPo.Run(workspace.Directory, Args(workspace, hostile));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("lone surrogate", result.Error, StringComparison.Ordinal);
    }

    private static string Replace(string text, string[] parts)
    {
        Assert.Contains(parts[0], text, StringComparison.Ordinal);
        return text.Replace(parts[0], parts[1], StringComparison.Ordinal);
    }

    private static string[] Args(Workspace workspace, HostileCase hostile)
    {
        string[] args =
        [
            "run", "--portfolio", workspace.Write("portfolio.md", hostile.Portfolio), "--qa", workspace.Write("qa.json", hostile.Qa),
            "--broker", "paper:" + workspace.Write("script.json", hostile.Script!), "--now", HostileRunner.Now, "--state", workspace.State,
        ];
        return hostile.Policy is null ? args : [.. args, "--policy", workspace.Write("policy.json", hostile.Policy)];
    }
}
