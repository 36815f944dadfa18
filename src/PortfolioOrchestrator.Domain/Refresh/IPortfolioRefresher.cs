namespace PortfolioOrchestrator.Domain.Refresh;

/// <summary>The port behind STEP 2C's refreshes.</summary>
public interface IPortfolioRefresher
{
    /// <summary>
    /// Refreshes <see cref="RefreshRequest.Current"/>; gives up waiting after <see cref="RefreshRequest.Timeout"/>
    /// (returning <see cref="RefreshOutcomeKind.Pending"/>). Whatever it started on the way (a program, a wait) is
    /// over when it returns.
    /// </summary>
    Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken);
}
