using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// Why <c>po decide</c> refused an escalation (CONTRACT Resolution 21) — already decided, or not blocking —
/// and what the run is actually waiting for, with the line to type, if anything.
/// </summary>
public static class NotAwaited
{
    public static string Explain(PoEnvironment environment, RunSnapshot run, EscalationId refused, string stateDirectory)
    {
        var escalation = run.Escalations.Single(e => e.Id == refused);
        var why = escalation.Decision is { } decision
            ? $"escalation {refused} is already decided ({ContractNames.Of(decision.Kind)} by {decision.By})"
            : $"escalation {refused} ({ContractNames.Of(escalation.Type)}, {ContractNames.Of(escalation.Status)}) does not block run {run.Header.RunId}: it is for the Master-Architect's attention and there is nothing to decide";
        if (run.Header.AwaitingEscalation is { } awaited && awaited != refused)
        {
            var line = NextCommands.Decide(environment, awaited, stateDirectory)[0].Replace(" approve ", " approve|defer|halt ", StringComparison.Ordinal);
            return $"{why}; run {run.Header.RunId} is waiting for a decision on {awaited}: {line}";
        }

        return run.Header.Status == RunStatus.AwaitingDecision
            ? $"{why}; continue with: {NextCommands.Resume(environment, run.Header.RunId, stateDirectory)}"
            : $"{why}; run {run.Header.RunId} is not waiting for any decision ({ContractNames.Of(StoppedRun.View(run).Header.Status)})";
    }
}
