using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>
/// STEP 5 and 6's figures. When the run has not reached them (paused, halted, still running) the
/// report states where things stand now: running cash, and each sector at its start value plus the
/// run's fills, judged by the same thresholds (CONTRACT Resolution 10).
/// </summary>
internal static class PostExecutionFigures
{
    public static PostExecutionSummary For(RunSnapshot run) => run.Header.PostExecution ?? Interim(run);

    private static PostExecutionSummary Interim(RunSnapshot run)
    {
        var header = run.Header;
        var policy = run.Inputs.Policy;
        var total = header.TotalValue;
        var buffer = total.IsPositive ? header.RunningCash / total : Ratio.FromFraction(0m);
        var check = buffer >= policy.MinBuffer ? BufferCheck.Pass
            : buffer >= policy.BufferFloor ? BufferCheck.Caution
            : BufferCheck.Fail;
        var sectors = SectorValuesAfterFills(run)
            .Select(pair =>
            {
                var allocation = total.IsPositive ? pair.Value / total : Ratio.FromFraction(0m);
                return new SectorAfter(pair.Key, allocation, allocation <= policy.SectorCap);
            })
            .ToList();
        return new PostExecutionSummary(sectors, header.RunningCash, buffer, check);
    }

    private static List<KeyValuePair<SectorName, Money>> SectorValuesAfterFills(RunSnapshot run)
    {
        var values = run.Inputs.Portfolio.SectorValues.ToList();
        foreach (var execution in run.Trades)
        {
            if (execution is not { Status: TradeStatus.Executed or TradeStatus.PendingFill, Fill: { } fill, Trade.Sector: { } sector })
            {
                continue;
            }

            var change = execution.Trade.Side == TradeSide.Buy ? fill.FilledDollars : -fill.FilledDollars;
            var index = values.FindIndex(pair => pair.Key == sector);
            if (index < 0)
            {
                values.Add(new(sector, change));
            }
            else
            {
                values[index] = new(sector, values[index].Value + change);
            }
        }

        return values;
    }
}
