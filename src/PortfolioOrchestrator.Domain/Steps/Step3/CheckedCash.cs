using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// The cash an in-loop buffer check uses (CONTRACT Resolution 12 and §7), in dollars: for each venue that
/// reports cash, the lower of the running cash of the accounts it serves and the venue's cash; for the rest,
/// their running cash. Per-account running cash starts from the Accounts table of the portfolio the run
/// executes on and moves by each checked trade's cash effect; whatever the table does not assign (a
/// portfolio without one) stays with the run's total and is counted as running cash.
/// </summary>
public static class CheckedCash
{
    public static async Task<Money> ForCheckAsync(RunSession session, VenueMap venues, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(venues);
        var running = session.Header.RunningCash;
        if (venues.IsSingle)
        {
            return Lower(running, await venues.For(null).GetAccountAsync(cancellationToken));
        }

        var byAccount = RunningByAccount(session, index);
        var served = Money.Zero;
        var cash = Money.Zero;
        foreach (var (broker, accounts) in venues.Venues)
        {
            var mine = accounts!.Aggregate(Money.Zero, (sum, account) => sum + byAccount.GetValueOrDefault(account, Money.Zero));
            served += mine;
            cash += Lower(mine, await broker.GetAccountAsync(cancellationToken));
        }

        return cash + (running - served);
    }

    /// <summary>Each account's running cash after the trades up to <paramref name="index"/> in the queue.</summary>
    public static IReadOnlyDictionary<AccountId, Money> RunningByAccount(RunSession session, int index)
    {
        ArgumentNullException.ThrowIfNull(session);
        var byAccount = session.Inputs.ExecutedOn.Accounts.ToDictionary(a => a.Account, a => a.Cash);
        for (var i = 0; i <= index && i < session.Trades.Count; i++)
        {
            var trade = session.Trades[i];
            if (trade.Status is TradeStatus.Executed or TradeStatus.PendingFill && trade.Trade.Account is { } account && byAccount.TryGetValue(account, out var cash))
            {
                byAccount[account] = cash + trade.Trade.CashEffect;
            }
        }

        return byAccount;
    }

    private static Money Lower(Money running, BrokerAccount? reported) => reported is { } venue ? Money.Min(running, venue.Cash) : running;
}
