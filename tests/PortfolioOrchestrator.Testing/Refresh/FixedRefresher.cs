using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Time;

namespace PortfolioOrchestrator.Testing.Refresh;

/// <summary>
/// A refresher with a fixed answer: completed (with a given portfolio, or the current one), pending or
/// failed. With a waiter, it takes the time it claims (at most the engine's timeout). Records each request.
/// </summary>
public sealed class FixedRefresher : IPortfolioRefresher
{
    private readonly Func<PortfolioSnapshot, RefreshOutcome> _answer;
    private readonly TimeSpan _duration;
    private readonly List<RefreshScope> _requests = [];
    private readonly List<RefreshRequest> _asked = [];

    private FixedRefresher(Func<PortfolioSnapshot, RefreshOutcome> answer, TimeSpan duration)
    {
        _answer = answer;
        _duration = duration;
    }

    /// <summary>The scopes asked for, in order.</summary>
    public IReadOnlyList<RefreshScope> Requests => _requests;

    /// <summary>The requests as asked, in order.</summary>
    public IReadOnlyList<RefreshRequest> Asked => _asked;

    /// <summary>When set, the refresh waits (simulated) for its duration, capped at the timeout.</summary>
    public IWaiter? Waiter { get; set; }

    public static FixedRefresher Completed(PortfolioSnapshot? fresh = null, TimeSpan? after = null)
    {
        var elapsed = after ?? TimeSpan.FromMinutes(5);
        return new(current => RefreshOutcome.Completed(fresh ?? current, elapsed), elapsed);
    }

    /// <summary>Still outstanding after <paramref name="elapsed"/>; the source expects to be done after <paramref name="expectedTotal"/> (null: cannot say).</summary>
    public static FixedRefresher Pending(TimeSpan elapsed, TimeSpan? expectedTotal, string detail = "Portfolio-Persona has not answered") =>
        new(_ => RefreshOutcome.Pending(elapsed, expectedTotal, detail), elapsed);

    public static FixedRefresher Failed(string detail = "Portfolio-Persona unavailable") =>
        new(_ => RefreshOutcome.Failed(TimeSpan.FromMinutes(1), detail), TimeSpan.FromMinutes(1));

    public async Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (current, timeout) = (request.Current, request.Timeout);
        _requests.Add(request.Scope);
        _asked.Add(request);
        if (Waiter is { } waiter)
        {
            await waiter.WaitAsync(_duration < timeout ? _duration : timeout, cancellationToken);
        }

        return _answer(current);
    }
}
