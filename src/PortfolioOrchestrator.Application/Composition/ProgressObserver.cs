using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;

using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>A live line per trade on stderr while the queue executes (stdout stays clean for --json).</summary>
public sealed class ProgressObserver(TextWriter error) : IRunObserver
{
    public void TradeStarting(TradeExecution trade)
    {
        if (trade.Status == TradeStatus.Queued)
        {
            error.WriteLine($"  → {trade.TradeId} {trade.Trade.Side.ToString().ToUpperInvariant()} {trade.Trade.Ticker} {trade.Trade.SizeDollars} …");
        }
    }

    public void TradeFinished(TradeExecution trade)
    {
        var fill = trade.Fill is { } f ? $" {f.Quantity} @ {f.Price} = {f.FilledDollars}" : string.Empty;
        var buffer = trade.BufferAfter is { } b ? $"; buffer {b}" : string.Empty;
        error.WriteLine($"  {Mark(trade.Status)} {trade.TradeId} {ContractNames.Of(trade.Status, RunStatus.Running)}{fill}{buffer}");
    }

    public void Note(string message)
    {
        error.WriteLine("  " + message);
    }

    private static string Mark(TradeStatus status) => status switch
    {
        TradeStatus.Executed or TradeStatus.AlreadyExecuted => "✓",
        TradeStatus.ExecutionFailed => "✗",
        _ => "•",
    };
}
