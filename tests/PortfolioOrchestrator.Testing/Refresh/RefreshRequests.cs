using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Testing.Refresh;

/// <summary>A STEP 2C refresh request stating only what a test cares about.</summary>
public static class RefreshRequests
{
    public static RefreshRequest Of(RefreshScope scope, PortfolioSnapshot current, TimeSpan timeout, params AccountId[] accounts) => new()
    {
        RunId = RunId.Create("RUN-TEST"),
        Scope = scope,
        Current = current,
        Timeout = timeout,
        Now = current.LastUpdated.AddHours(3),
        Accounts = accounts,
        TradeAccounts = accounts,
        Reason = "a test asks",
    };
}
