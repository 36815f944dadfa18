using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Domain.Steps.Step2;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// STEP 2: sector drift (2A, #2 pauses), the aggregate buffer (2B, #3 noted — or pausing with
/// <c>pause_on_aggregate_breach</c>), and refresh timing (2C).
/// </summary>
public sealed class Step2PreExecution(EngineServices services)
{
    public async Task<StepResult> RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        var policy = session.Inputs.Policy;
        var portfolio = session.Inputs.Portfolio;
        var pending = session.Trades.Where(t => t.Status == TradeStatus.Queued).Select(t => t.Trade).ToList();

        var flags = new SectorDriftRule(policy).Evaluate(portfolio, session.Inputs.QaContext, pending);
        var aggregate = new AggregateBufferRule(policy).Evaluate(session.Header.StartCash, session.Header.TotalValue, pending);
        session.Header = session.Header with
        {
            PreExecution = new PreExecutionSummary(aggregate.NetPending, aggregate.CashAfter, aggregate.Buffer, aggregate.Status, flags),
        };

        var overCap = flags.Where(f => f.ExceedsCap).ToList();
        if (overCap.Count > 0 && !session.Header.PreExecutionApproved && !HasRaised(session, EscalationType.SectorHeadroomChanged))
        {
            var escalation = session.Raise(
                EscalationType.SectorHeadroomChanged,
                "STEP 2A",
                string.Join("; ", overCap.Select(f => $"{f.Sector}: {f.Message}")),
                HeldTrades.Of(session),
                "Decide: proceed (approve), adjust position or defer (defer), or halt",
                blocking: true);
            HeldTrades.Pause(session, escalation);
            await session.CommitAsync(cancellationToken);
            return StepResult.Paused;
        }

        if (aggregate.Buffer < policy.MinBuffer && !HasRaised(session, EscalationType.BufferWouldBreach))
        {
            var trigger = $"Buffer would be {aggregate.Buffer} if all pending trades execute (cash after {aggregate.CashAfter}; minimum {policy.MinBuffer})";
            // Only its own decision lets #3 through: approving #2 is no approval of the buffer.
            if (policy.PauseOnAggregateBreach)
            {
                var escalation = session.Raise(EscalationType.BufferWouldBreach, "STEP 2B", trigger, HeldTrades.Of(session), "Approve with caveat, or adjust the execution queue (defer or halt)", blocking: true);
                HeldTrades.Pause(session, escalation);
                await session.CommitAsync(cancellationToken);
                return StepResult.Paused;
            }

            // CONTRACT Resolution 3: noted and routed; STEP 3C's in-loop checks enforce the floor.
            session.Raise(EscalationType.BufferWouldBreach, "STEP 2B", trigger, [.. pending.Select(t => t.TradeId)], "Proceeding with caveat: executing in approval order as far as the buffer allows", blocking: false, EscalationStatus.Noted);
            session.AddCaveat($"Proceeding with caveat: the buffer would be {aggregate.Buffer} if every pending trade executed");
        }

        if (session.Header.PortfolioState is null)
        {
            await RefreshAsync(session, cancellationToken);
        }

        session.Header = session.Header with { Phase = RunPhase.Executing };
        session.Record("step2.done", $"buffer after all pending {aggregate.Buffer} ({aggregate.Status}); {flags.Count} sector flags; refresh {session.Header.Refresh}");
        await session.CommitAsync(cancellationToken);
        return StepResult.Continue;
    }

    private static bool HasRaised(RunSession session, EscalationType type) =>
        session.Escalations.Any(e => e.Type == type && e.Step.StartsWith("STEP 2", StringComparison.Ordinal));

    private async Task RefreshAsync(RunSession session, CancellationToken cancellationToken)
    {
        var policy = session.Inputs.Policy;
        var freshness = new Freshness(session.Header.TradingDaysElapsed, session.Header.PortfolioAge, false);
        var state = new RefreshTimingRule(policy).Classify(freshness);
        session.Header = session.Header with { PortfolioState = state };
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
                session.Header = session.Header with { Refresh = RefreshStatus.Completed, StartCash = fresh.TotalCash, RunningCash = fresh.TotalCash };
                session.Record("refresh.completed", $"cash {fresh.TotalCash} after {outcome.Elapsed.TotalMinutes:0.##} minutes");
                break;
            case RefreshOutcomeKind.Failed:
                session.Header = session.Header with { Refresh = RefreshStatus.Failed };
                session.AddCaveat(staleCaveat);
                session.AddCaveat($"Refresh failed: {outcome.Detail}; sector allocation may have shifted");
                session.Record("refresh.failed", outcome.Detail ?? "failed");
                break;
            default:
                session.Header = session.Header with { Refresh = RefreshStatus.TimedOut };
                session.AddCaveat(staleCaveat);
                session.AddCaveat("Refresh still pending: sector allocation may have shifted");
                session.Record("refresh.timed_out", outcome.Detail ?? $"pending after {outcome.Elapsed.TotalMinutes:0.##} minutes");
                if (outcome.ExpectedTotal is not { } expected || expected > policy.RefreshEscalateAfter)
                {
                    session.Raise(
                        EscalationType.RefreshDelayed,
                        "STEP 2C",
                        $"Refresh outstanding past {policy.RefreshEscalateAfter.TotalMinutes:0} minutes ({outcome.Detail ?? "no completion time known"}); proceeded with caveat after {policy.RefreshTimeout.TotalMinutes:0} minutes",
                        HeldTrades.Of(session),
                        "Options: proceed with caveat, halt, or wait for refresh",
                        blocking: false);
                }

                break;
        }
    }
}
