namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// What <c>po run</c> / <c>po resume</c> allow the real venue to do: <see cref="Live"/> lets
/// <c>--broker alpaca</c> use Alpaca's live (real money) endpoint; <see cref="QueueForOpen"/> lets it send
/// day orders while the market is closed, to be filled at the next open.
/// </summary>
public sealed record VenueOptions(bool Live, bool QueueForOpen)
{
    public static readonly VenueOptions Default = new(false, false);

    /// <summary>Both flags are about Alpaca; given with the paper venue they would silently mean nothing.</summary>
    public void EnsureFits(BrokerSpec spec)
    {
        if (spec.IsPaper && (Live || QueueForOpen))
        {
            throw PoException.BadInput($"{(Live ? "--live" : "--queue-for-open")} applies only to --broker alpaca; this run uses the paper venue");
        }
    }
}
