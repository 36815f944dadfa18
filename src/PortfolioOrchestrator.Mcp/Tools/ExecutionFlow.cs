using System.Globalization;
using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Application.UseCases;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// What <c>execute_trades</c> and <c>resume_run</c> share: execution only on a server started with
/// <c>--allow-execution</c>; progress per trade; and, when the run pauses on a blocking escalation and the client
/// can ask the person, the decision recorded as <c>po decide</c> would and the run continued as <c>po resume</c>
/// would, within the same call. A declined or cancelled question leaves the escalation OPEN.
/// </summary>
public static class ExecutionFlow
{
    /// <summary>How many decisions one call asks for at most (a run pauses at most once per step).</summary>
    private const int MaxQuestions = 8;

    public static void EnsureAllowed(ToolContext context, string tool)
    {
        if (!context.Settings.AllowExecution)
        {
            throw new ToolRefusal(
                ToolRefusal.NotAllowed,
                $"{tool} refused: execution not allowed — this server was started without --allow-execution, so it sends no orders. " +
                "Whoever configures the MCP client can enable it by adding --allow-execution to the po mcp arguments; plan_execution and the read-only tools work without it. Nothing was sent.");
        }
    }

    public static VenueOptions Venue(ToolContext context) => VenueOptions.Default with { Live = context.Settings.Live };

    /// <summary>Runs <paramref name="first"/>, then asks and resumes while the run waits on a decision the person can give.</summary>
    public static async Task<JsonObject> RunAsync(ToolContext context, Func<RunHost, Task<RunOutcome>> first, CancellationToken cancellationToken)
    {
        var progress = new TradeProgress(context.Environment.Error, context.Server, context.ProgressToken);
        var host = new RunHost(context.Environment, progress);
        try
        {
            var outcome = await first(host);
            for (var asked = 0; asked < MaxQuestions && await DecidedAsync(context, outcome, cancellationToken); asked++)
            {
                outcome = await host.ResumeAsync(context.Settings.StateDirectory, outcome.Run.Header.RunId.Value, NowOf(outcome.Run), null, Venue(context), context.Settings.Refresh, null, cancellationToken);
            }

            if (outcome.Interruption is { } interrupted)
            {
                throw interrupted;
            }

            return JsonNode.Parse(outcome.Published.Json)!.AsObject();
        }
        finally
        {
            await progress.FlushAsync();
        }
    }

    /// <summary>A run started at a fixed <c>now</c> goes on in that time, as <c>po resume --now</c> with it would.</summary>
    public static string? NowOf(RunSnapshot run) =>
        run.Inputs.FixedNow?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static async Task<bool> DecidedAsync(ToolContext context, RunOutcome outcome, CancellationToken cancellationToken)
    {
        var header = outcome.Run.Header;
        if (!context.CanElicit || header.Status != RunStatus.AwaitingDecision || header.AwaitingEscalation is not { } awaited)
        {
            return false;
        }

        var escalation = outcome.Run.Escalations.FirstOrDefault(e => e.Id == awaited && e.Decision is null);
        if (escalation is null)
        {
            return false;
        }

        var answer = await EscalationPrompt.AskAsync(context.Server!, outcome.Run, escalation, cancellationToken);
        if (answer is null)
        {
            return false;
        }

        await DecideUseCase.DecideAsync(
            context.Environment,
            new DecisionRequest(context.Settings.StateDirectory, awaited.Value, answer.Decision, answer.By, answer.Note) { DecisionField = "decision", ByField = "by" },
            cancellationToken);
        return true;
    }
}
