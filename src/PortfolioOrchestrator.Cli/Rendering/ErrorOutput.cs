using PortfolioOrchestrator.Application.Composition;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>
/// A failed command's words: "po: …" on stderr, and with <c>--json</c> also CONTRACT Resolution 20's
/// <c>{"error": {kind, run_id, message, problems}}</c> as the only thing on stdout.
/// </summary>
public static class ErrorOutput
{
    public static async Task<int> WriteAsync(PoEnvironment environment, bool json, PoException error)
    {
        await environment.Error.WriteLineAsync("po: " + error.Message);
        if (json)
        {
            await environment.Out.WriteLineAsync(ErrorReport.ToJson(error).ToJsonString(PoJson.Options));
        }

        return error.ExitCode;
    }
}
