using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Inputs.CrossChecks;

/// <summary>
/// CONTRACT Resolution 13 for trades: a trade's sector takes PORTFOLIO.md's name for it (the report names a
/// sector as PORTFOLIO.md writes it); a trade on a ticker PORTFOLIO.md holds under another sector takes
/// PORTFOLIO.md's sector, with a warning; an approved trade's sector that neither PORTFOLIO.md nor the QA
/// context holds is a new sector, with a warning.
/// </summary>
internal static class TradeSectorRule
{
    public static IReadOnlyList<QaTrade> Apply(PortfolioSnapshot portfolio, IReadOnlyList<QaTrade> trades, QaPortfolioContext context, List<string> warnings)
    {
        // Positions by ticker once, so the check costs a look-up per trade, not a pass over the portfolio.
        var byTicker = portfolio.Positions.ToLookup(p => p.Ticker);
        return [.. trades.Select(trade => Apply(portfolio, byTicker, trade, context, warnings))];
    }

    private static QaTrade Apply(PortfolioSnapshot portfolio, ILookup<Ticker, Position> byTicker, QaTrade trade, QaPortfolioContext context, List<string> warnings)
    {
        if (trade.Sector is not { } sector)
        {
            return trade;
        }

        if (HeldUnder(byTicker, trade) is { } held)
        {
            if (held != sector && trade.IsApproved)
            {
                warnings.Add($"Trade {trade.TradeId} ({trade.Ticker}) names sector {sector}, but PORTFOLIO.md holds {trade.Ticker} under {held}: {held} is used");
            }

            return trade with { Sector = held };
        }

        if (portfolio.SectorValues.Keys.Where(s => s == sector).Select(s => (SectorName?)s).FirstOrDefault() is { } written)
        {
            return trade with { Sector = written };
        }

        if (trade.IsApproved && !context.SectorAllocations.ContainsKey(sector))
        {
            warnings.Add($"Trade {trade.TradeId} ({trade.Ticker}) is in sector {sector}, which neither PORTFOLIO.md nor the QA report's portfolio_context holds: a new sector, with no approved allocation for STEP 2A to compare; STEP 5 checks it against the cap");
        }

        return trade;
    }

    /// <summary>The sector PORTFOLIO.md holds the trade's ticker under: in the trade's account first, else in any.</summary>
    private static SectorName? HeldUnder(ILookup<Ticker, Position> byTicker, QaTrade trade)
    {
        var positions = byTicker[trade.Ticker].ToList();
        var position = positions.FirstOrDefault(p => trade.Account is { } account && p.Account == account) ?? positions.FirstOrDefault();
        return position?.Sector;
    }
}
