using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2C (Patch 3): classifies the portfolio's age and asks for a QUICK_ or FULL_REFRESH when it is not
/// current; waits at most the policy's timeout and goes on with caveats (and a non-pausing escalation
/// past the escalation time) when the refresh fails or is still pending. CONTRACT Resolution 7.
/// </summary>
public sealed class Step2CRefresh(EngineServices services)
{
    public async Task RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        var policy = session.Inputs.Policy;
        var freshness = new Freshness(session.Header.TradingDaysElapsed, session.Header.PortfolioAge, false);
        var state = new RefreshTimingRule(policy).Classify(freshness);
        session.RecordPortfolioState(state);
        if (state == PortfolioState.Current)
        {
            return;
        }

        var scope = state == PortfolioState.StaleWithinDay ? RefreshScope.Quick : RefreshScope.Full;
        session.Record("refresh.requested", scope == RefreshScope.Quick ? "QUICK_REFRESH" : "FULL_REFRESH");
        var outcome = await services.Refresher.RefreshAsync(scope, session.Inputs.Portfolio, policy.RefreshTimeout, cancellationToken);
        var staleCaveat = state == PortfolioState.StaleWithinDay
            ? $"Portfolio data >{policy.RefreshAfter.TotalHours:0.##} hours old"
            : $"Portfolio data {session.Header.TradingDaysElapsed} trading days old";
        switch (outcome.Kind)
        {
            case RefreshOutcomeKind.Completed when outcome.Elapsed <= policy.RefreshTimeout && outcome.Portfolio is { } fresh:
                session.RefreshCompleted(fresh.TotalCash);
                session.Record("refresh.completed", $"cash {fresh.TotalCash} after {outcome.Elapsed.TotalMinutes:0.##} minutes");
                break;
            case RefreshOutcomeKind.Failed:
                session.RefreshFailed();
                session.AddCaveat(staleCaveat);
                session.AddCaveat($"Refresh failed: {outcome.Detail}; sector allocation may have shifted");
                session.Record("refresh.failed", outcome.Detail ?? "failed");
                break;
            default:
                session.RefreshTimedOut();
                session.AddCaveat(staleCaveat);
                session.AddCaveat("Refresh still pending: sector allocation may have shifted");
                session.Record("refresh.timed_out", outcome.Detail ?? $"pending after {outcome.Elapsed.TotalMinutes:0.##} minutes");
                if (outcome.ExpectedTotal is not { } expected || expected > policy.RefreshEscalateAfter)
                {
                    session.Raise(
                        EscalationType.RefreshDelayed,
                        EscalationStep.Step2C,
                        $"Refresh outstanding past {policy.RefreshEscalateAfter.TotalMinutes:0} minutes ({outcome.Detail ?? "no completion time known"}); proceeded with caveat after {policy.RefreshTimeout.TotalMinutes:0} minutes",
                        HeldTrades.Of(session),
                        "Options: proceed with caveat, halt, or wait for refresh",
                        blocking: false);
                }

                break;
        }
    }
}
