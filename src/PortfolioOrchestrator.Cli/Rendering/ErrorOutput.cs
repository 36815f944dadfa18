using System.Text.Json.Nodes;
using PortfolioOrchestrator.Cli.Composition;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>
/// A failed command's words: "po: …" on stderr, and with <c>--json</c> also CONTRACT Resolution 20's
/// <c>{"error": {kind, run_id, message, problems}}</c> as the only thing on stdout.
/// </summary>
public static class ErrorOutput
{
    public static async Task<int> WriteAsync(CliEnvironment environment, bool json, CliException error)
    {
        await environment.Error.WriteLineAsync("po: " + error.Message);
        if (json)
        {
            await environment.Out.WriteLineAsync(ToJson(error).ToJsonString(CliJson.Options));
        }

        return error.ExitCode;
    }

    public static JsonObject ToJson(CliException error)
    {
        var body = new JsonObject { ["kind"] = error.Kind };
        if (error.RunId is { } runId)
        {
            body["run_id"] = runId;
        }

        body["message"] = error.Message;
        var problems = new JsonArray();
        foreach (var problem in error.Problems)
        {
            problems.Add(new JsonObject
            {
                ["file"] = problem.File,
                ["line"] = problem.Line,
                ["field"] = problem.Field,
                ["expected"] = problem.Expected,
                ["got"] = problem.Got,
                ["message"] = problem.Message,
            });
        }

        body["problems"] = problems;
        return new JsonObject { ["error"] = body };
    }
}
