using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;

namespace PortfolioOrchestrator.Domain.Steps.Step2;

/// <summary>
/// STEP 2C (Patch 3): classifies the portfolio's age and asks for a QUICK_ or FULL_REFRESH when it is not
/// current; waits at most the policy's timeout and goes on with caveats (and a non-pausing escalation
/// past the escalation time) when the refresh fails or is still pending. A completed refresh's portfolio
/// is what the rest of the run executes on. CONTRACT Resolutions 7 and 24.
/// </summary>
/// <remarks>
/// A stop request (CONTRACT Resolution 19) during the wait ends the wait (and the program the refresher
/// started) at once; the portfolio's state is then not recorded, so <c>po resume</c> asks for the refresh again.
/// </remarks>
public sealed class Step2CRefresh(EngineServices services)
{
    /// <summary>Runs STEP 2C; false when a stop request ended the refresh wait before it had an outcome.</summary>
    public async Task<bool> RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        var policy = session.Inputs.Policy;
        var freshness = new Freshness(session.Header.TradingDaysElapsed, session.Header.PortfolioAge, false);
        var state = new RefreshTimingRule(policy).Classify(freshness);
        if (state == PortfolioState.Current)
        {
            session.RecordPortfolioState(state);
            return true;
        }

        var request = Request(session, state);
        session.Record("refresh.requested", $"{request.Signal} for {Accounts(request)}: {request.Reason}");
        if (await RefreshUnlessStoppedAsync(request, cancellationToken) is not { } outcome)
        {
            session.Record("refresh.interrupted", $"{request.Signal}: stopped while waiting; po resume asks again");
            return false;
        }

        session.RecordPortfolioState(state);
        if (outcome.Caveat is { } remark)
        {
            session.AddCaveat(remark);
        }

        var staleCaveat = state == PortfolioState.StaleWithinDay
            ? $"Portfolio data >{policy.RefreshAfter.TotalHours:0.##} hours old"
            : $"Portfolio data {session.Header.TradingDaysElapsed} trading days old";
        switch (outcome.Kind)
        {
            case RefreshOutcomeKind.Completed when outcome.Elapsed <= policy.RefreshTimeout && outcome.Portfolio is { } fresh:
                session.RefreshCompleted(new RefreshedPortfolio(fresh, outcome.Source, outcome.Text));
                session.Record("refresh.completed", $"cash {fresh.TotalCash} after {outcome.Elapsed.TotalMinutes:0.##} minutes; executing on the portfolio of {fresh.LastUpdated:yyyy-MM-ddTHH:mm:sszzz} from the {outcome.Source.ToString().ToLowerInvariant()}");
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
                        $"Refresh outstanding past {policy.RefreshEscalateAfter.TotalMinutes:0.##} minutes ({outcome.Detail ?? "no completion time known"}); proceeded with caveat after {policy.RefreshTimeout.TotalMinutes:0.##} minutes",
                        HeldTrades.Of(session),
                        "Options: proceed with caveat, halt, or wait for refresh",
                        blocking: false);
                }

                break;
        }

        return true;
    }

    /// <summary>The refresher's outcome, or null when a stop request ended the wait first.</summary>
    private async Task<RefreshOutcome?> RefreshUnlessStoppedAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, services.StopRequested);
        try
        {
            return await services.Refresher.RefreshAsync(request, wait.Token);
        }
        catch (OperationCanceledException) when (services.StopRequested.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static RefreshRequest Request(RunSession session, PortfolioState state)
    {
        var policy = session.Inputs.Policy;
        var portfolio = session.Inputs.Portfolio;
        var scope = state == PortfolioState.StaleWithinDay ? RefreshScope.Quick : RefreshScope.Full;
        var queued = session.Trades.Where(t => t.Status == TradeStatus.Queued).Select(t => t.Trade).ToList();
        var updated = $"{portfolio.LastUpdated:yyyy-MM-ddTHH:mm:sszzz}";
        var reason = scope == RefreshScope.Quick
            ? $"PORTFOLIO.md (Last Updated {updated}) is {session.Header.PortfolioAge.TotalHours:0.##} hours old, more than the {policy.RefreshAfter.TotalHours:0.##} hours STEP 2C allows before executing {queued.Count} queued trade(s)"
            : $"PORTFOLIO.md (Last Updated {updated}) is {session.Header.TradingDaysElapsed} trading days old, more than {policy.MaxStalenessTradingDays}; the Master-Architect approved proceeding after a FULL_REFRESH";
        return new RefreshRequest
        {
            RunId = session.RunId,
            Scope = scope,
            Current = portfolio,
            Timeout = policy.RefreshTimeout,
            Now = session.Now,
            Accounts = RefreshAccounts.For(scope, portfolio, queued),
            TradeAccounts = RefreshAccounts.Named(queued),
            Reason = reason,
        };
    }

    private static string Accounts(RefreshRequest request) =>
        request.Accounts.Count == 0 ? "the portfolio" : string.Join(", ", request.Accounts.Select(a => a.Value));
}
