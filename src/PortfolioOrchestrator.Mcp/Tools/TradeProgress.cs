using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// A run's progress for the person: a line per trade on stderr, and — when the client gave a progress token —
/// <c>notifications/progress</c> per trade finished (CONTRACT §8), <c>progress</c> counting the trades done.
/// </summary>
public sealed class TradeProgress(TextWriter log, McpServer? server, ProgressToken? token) : IRunObserver
{
    private readonly ProgressObserver _log = new(log);
    private readonly Lock _gate = new();
    private Task _sent = Task.CompletedTask;
    private int _finished;

    public void TradeStarting(TradeExecution trade) => _log.TradeStarting(trade);

    public void TradeFinished(TradeExecution trade)
    {
        _log.TradeFinished(trade);
        if (server is null || token is not { } progressToken)
        {
            return;
        }

        lock (_gate)
        {
            _finished++;
            var value = new ProgressNotificationValue
            {
                Progress = _finished,
                Message = $"{trade.TradeId} {trade.Trade.Side.ToString().ToUpperInvariant()} {trade.Trade.Ticker}: {ContractNames.Of(trade.Status, RunStatus.Running)}",
            };
            // Sent in order, one after the other; the engine never waits on the client.
            _sent = _sent.ContinueWith(_ => server.NotifyProgressAsync(progressToken, value), TaskScheduler.Default).Unwrap();
        }
    }

    public void Note(string message) => _log.Note(message);

    /// <summary>Waits until every notification was handed to the transport, so none arrives after the result.</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            return _sent.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
