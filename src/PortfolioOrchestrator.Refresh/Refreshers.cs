using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Refresh.Command;
using PortfolioOrchestrator.Refresh.Persona;

namespace PortfolioOrchestrator.Refresh;

/// <summary>The refresher a <c>--refresh</c> mode stands for (CONTRACT Resolution 24); every verb that runs the engine composes it here.</summary>
public static class Refreshers
{
    /// <param name="mode">The mode as given.</param>
    /// <param name="venue">The venue's own refresher: <c>venue</c> mode, and the stand-in of a dry run.</param>
    /// <param name="setup">What a refresh by another program needs; unused in <c>venue</c> mode.</param>
    /// <param name="dryRun">Whether nothing may be run or sent (<see cref="DryRunRefresher"/>).</param>
    public static IPortfolioRefresher For(RefreshMode mode, IPortfolioRefresher venue, RefreshSetup setup, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(mode);
        ArgumentNullException.ThrowIfNull(venue);
        ArgumentNullException.ThrowIfNull(setup);
        return mode.Kind switch
        {
            RefreshModeKind.Venue => venue,
            _ when dryRun => new DryRunRefresher(venue, mode),
            RefreshModeKind.Command => new CommandRefresher(mode.Command!, setup),
            _ => new PersonaRefresher(setup),
        };
    }
}
