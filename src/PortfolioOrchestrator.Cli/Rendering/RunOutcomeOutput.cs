using PortfolioOrchestrator.Application.Composition;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>
/// Shows what <c>po run</c>, <c>po resume</c> or <c>po demo</c> came to: the report JSON alone on stdout with
/// <c>--json</c>, the person's view otherwise; an interrupted run is shown, then ends with exit 130 (Resolution 19).
/// </summary>
public static class RunOutcomeOutput
{
    public static async Task<int> ShowAsync(PoEnvironment environment, RunOutcome outcome, bool json)
    {
        if (outcome.Interruption is { } interruption)
        {
            if (!json)
            {
                RunRenderer.Render(Consoles.For(environment), outcome.Run, outcome.OutDirectory, outcome.DryRun, outcome.NextSteps);
            }

            throw interruption;
        }

        if (json)
        {
            await environment.Out.WriteLineAsync(outcome.Published.Json);
        }
        else
        {
            RunRenderer.Render(Consoles.For(environment), outcome.Run, outcome.OutDirectory, outcome.DryRun, outcome.NextSteps);
        }

        return outcome.ExitCode;
    }
}
