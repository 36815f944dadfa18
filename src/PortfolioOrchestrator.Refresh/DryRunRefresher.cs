using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Refresh;

/// <summary>
/// A dry run (and MCP's <c>plan_execution</c>) sends nothing anywhere: it neither runs a refresh command
/// (which writes PORTFOLIO.md) nor asks Portfolio-Persona. The venue's refresh stands in, and the report
/// says so.
/// </summary>
public sealed class DryRunRefresher(IPortfolioRefresher venue, RefreshMode mode) : IPortfolioRefresher
{
    public async Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await venue.RefreshAsync(request, cancellationToken).ConfigureAwait(false);
        return outcome with { Caveat = $"Dry run: the {request.Signal} by --refresh {mode} was not asked for; the venue's figures stand in" };
    }
}
