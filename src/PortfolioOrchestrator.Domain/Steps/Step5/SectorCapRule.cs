using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step5;

/// <summary>
/// STEP 5 (CONTRACT Resolution 10): allocation after = (sector value at start + filled dollars of the
/// run's trades in it, sells subtracting) / total value at start; above the cap fails (#5).
/// Sectors come from the positions and the run's trades, in that order.
/// </summary>
public sealed class SectorCapRule(ExecutionPolicy policy)
{
    /// <summary>Over the portfolio's own total value.</summary>
    public IReadOnlyList<SectorAfter> Evaluate(PortfolioSnapshot portfolio, IEnumerable<TradeExecution> trades)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return Evaluate(portfolio, portfolio.TotalValue, trades);
    }

    /// <summary>
    /// Over <paramref name="totalValue"/> (dollars): the run's start total value when <paramref name="portfolio"/>
    /// is a refreshed one (CONTRACT Resolutions 1 and 24).
    /// </summary>
    public IReadOnlyList<SectorAfter> Evaluate(PortfolioSnapshot portfolio, Money totalValue, IEnumerable<TradeExecution> trades)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var values = new Dictionary<SectorName, Money>(portfolio.SectorValues);
        var order = new List<SectorName>(portfolio.SectorValues.Keys);
        foreach (var trade in trades)
        {
            if (trade.Fill is not { } fill || trade.Trade.Sector is not { } sector || !CountsForThisRun(trade.Status))
            {
                continue;
            }

            if (!values.ContainsKey(sector))
            {
                order.Add(sector);
            }

            var signed = trade.Trade.Side == TradeSide.Buy ? fill.FilledDollars : -fill.FilledDollars;
            values[sector] = values.GetValueOrDefault(sector) + signed;
        }

        return order
            .Select(sector => (sector, allocation: totalValue.IsPositive ? values[sector] / totalValue : Ratio.FromFraction(0m)))
            .Select(s => new SectorAfter(s.sector, s.allocation, !policy.IsOverSectorCap(s.allocation)))
            .ToList();
    }

    private static bool CountsForThisRun(TradeStatus status) => status is TradeStatus.Executed or TradeStatus.PendingFill;
}
