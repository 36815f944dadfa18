using System.Text.Json;
using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Inputs;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// Reads the inputs of <c>validate_execution</c>, <c>plan_execution</c> and <c>execute_trades</c> (CONTRACT §8): each
/// as a path or as the content, exactly one of each pair; optional <c>policy</c>, <c>now</c>, <c>broker_script</c>.
/// Every problem at once, as the command line lists them.
/// </summary>
public static class InputArguments
{
    public const string PortfolioPath = "portfolio_path";
    public const string PortfolioMarkdown = "portfolio_markdown";
    public const string QaReportPath = "qa_report_path";
    public const string QaReport = "qa_report";
    public const string Policy = "policy";
    public const string Now = "now";
    public const string BrokerScript = "broker_script";

    public static readonly IReadOnlyList<string> Names = [PortfolioPath, PortfolioMarkdown, QaReportPath, QaReport, Policy, Now, BrokerScript];

    /// <summary>Whether any input argument was given (<c>execute_trades</c> then compares them with the plan's).</summary>
    public static bool AnyGiven(ToolArguments arguments) => Names.Any(arguments.Has);

    public static PlannedInputs Read(PoEnvironment environment, ToolArguments arguments, McpSettings settings)
    {
        var problems = new List<InputProblem>();
        var portfolio = Pair(environment, arguments, PortfolioPath, PortfolioMarkdown, "PORTFOLIO.md", problems, asObject: false);
        var qa = Pair(environment, arguments, QaReportPath, QaReport, "the QA report", problems, asObject: true);
        var policy = Content(arguments, Policy, problems);
        var script = Content(arguments, BrokerScript, problems);
        var now = Text(arguments, Now, problems);
        if (now is not null && !NowIsValid(now))
        {
            problems.Add(new InputProblem(ToolArguments.File, null, Now, "an ISO 8601 time with an offset, like 2026-11-24T13:40:00-05:00", now));
        }

        var broker = BrokerOf(settings, script is not null, problems);
        if (problems.Count > 0 || portfolio is null || qa is null)
        {
            throw PoException.BadInput(problems);
        }

        return new PlannedInputs(portfolio, qa, policy, script, now, broker);
    }

    /// <summary>The documents the application layer reads, named as the agent gave them.</summary>
    public static InputDocuments Documents(PlannedInputs inputs) => new(
        Document(inputs.Portfolio),
        Document(inputs.Qa),
        inputs.Policy is { } policy ? Document(policy) : null);

    /// <summary>
    /// What makes two sets of inputs the same (CONTRACT §8: the same portfolio, QA report, policy and broker, and
    /// the same <c>now</c>): the SHA-256 of their content, JSON compared as values, not as spelled.
    /// </summary>
    public static string Digest(PlannedInputs inputs) => Hashing.Sha256(new JsonObject
    {
        ["portfolio"] = inputs.Portfolio.Text,
        ["qa_report"] = Canonical(inputs.Qa.Text),
        ["policy"] = inputs.Policy is { } policy ? Canonical(policy.Text) : null,
        ["broker"] = inputs.Broker,
        ["broker_script"] = inputs.BrokerScript is { } script ? Canonical(script.Text) : null,
        ["now"] = inputs.Now,
    }.ToJsonString());

    private static InputDocument Document(PlannedInput input) => new(input.Name, input.Path, input.Text);

    private static string Canonical(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString() ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static PlannedInput? Pair(PoEnvironment environment, ToolArguments arguments, string pathName, string contentName, string what, List<InputProblem> problems, bool asObject)
    {
        var hasPath = arguments.Has(pathName);
        var hasContent = arguments.Has(contentName);
        if (hasPath == hasContent)
        {
            problems.Add(new InputProblem(ToolArguments.File, null, $"{pathName} | {contentName}", $"exactly one of {pathName} (a file) or {contentName} ({what} itself)", hasPath ? "both" : "neither")
            {
                Issue = hasPath ? "gives both" : "gives neither",
            });
            return null;
        }

        if (hasContent)
        {
            return asObject ? Content(arguments, contentName, problems) : ContentText(arguments, contentName, problems);
        }

        var path = Text(arguments, pathName, problems);
        if (path is null)
        {
            return null;
        }

        var full = environment.ResolvePath(path);
        var file = InputFile.ReadText(full);
        if (!file.IsValid)
        {
            problems.AddRange(file.Problems.Select(p => p with { File = path }));
            return null;
        }

        return new PlannedInput(path, full, file.Value);
    }

    private static PlannedInput? ContentText(ToolArguments arguments, string name, List<InputProblem> problems) =>
        Text(arguments, name, problems) is { } text ? new PlannedInput(name, null, text) : null;

    private static PlannedInput? Content(ToolArguments arguments, string name, List<InputProblem> problems)
    {
        try
        {
            return arguments.OptionalObject(name) is { } json ? new PlannedInput(name, null, json) : null;
        }
        catch (PoException bad)
        {
            problems.AddRange(bad.Problems);
            return null;
        }
    }

    private static string? Text(ToolArguments arguments, string name, List<InputProblem> problems)
    {
        try
        {
            return arguments.OptionalString(name);
        }
        catch (PoException bad)
        {
            problems.AddRange(bad.Problems);
            return null;
        }
    }

    private static bool NowIsValid(string text)
    {
        try
        {
            NowOption.Parse(text);
            return true;
        }
        catch (PoException)
        {
            return false;
        }
    }

    /// <summary>The server's venue; a <c>broker_script</c> makes it the paper venue with that script.</summary>
    private static string BrokerOf(McpSettings settings, bool hasScript, List<InputProblem> problems)
    {
        var spec = BrokerSpec.Parse(settings.Broker);
        if (!hasScript)
        {
            return spec.ToString();
        }

        if (!spec.IsPaper)
        {
            problems.Add(new InputProblem(ToolArguments.File, null, BrokerScript, "no broker_script: this server trades at " + spec + " (po mcp --broker)", "a paper script"));
        }

        return "paper:" + BrokerScript;
    }
}
