namespace PortfolioOrchestrator.Domain.Refresh;

/// <summary>Who delivered a refreshed portfolio (CONTRACT Resolution 24's <c>--refresh</c> modes).</summary>
public enum RefreshSource
{
    /// <summary>The venue's own figures laid over PORTFOLIO.md (<c>--refresh venue</c>, the default).</summary>
    Venue,

    /// <summary>A new PORTFOLIO.md written by Portfolio-Persona's tool (<c>--refresh command:CMD</c>).</summary>
    Command,

    /// <summary>A new PORTFOLIO.md written by Portfolio-Persona after a routed request (<c>--refresh persona</c>).</summary>
    Persona,
}
