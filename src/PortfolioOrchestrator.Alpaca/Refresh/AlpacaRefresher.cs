using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Alpaca.Refresh;

/// <summary>
/// STEP 2C's refreshes from the Alpaca account: QUICK reads <c>/v2/account</c> (cash); FULL adds
/// <c>/v2/positions</c> (market values of held tickers). The wait is bounded by the timeout on
/// <paramref name="timeProvider"/>; past it the refresh is Pending, with no estimate of when it would end.
/// </summary>
public sealed class AlpacaRefresher(AlpacaConnection connection, TimeProvider timeProvider) : IPortfolioRefresher
{
    public async Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (scope, current, timeout) = (request.Scope, request.Current, request.Timeout);
        var started = timeProvider.GetTimestamp();
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var (holdings, failure) = await ReadAsync(scope, linked.Token).ConfigureAwait(false);
            var elapsed = timeProvider.GetElapsedTime(started);
            return holdings is null
                ? RefreshOutcome.Failed(elapsed, failure!)
                : RefreshOutcome.Completed(RefreshedSnapshot.Build(current, holdings, timeProvider.GetUtcNow()), elapsed);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return RefreshOutcome.Pending(
                timeProvider.GetElapsedTime(started),
                null,
                $"Alpaca had not answered the {(scope == RefreshScope.Quick ? "quick" : "full")} refresh within {timeout.TotalMinutes:0.##} minutes");
        }
    }

    private async Task<(AlpacaHoldings? Holdings, string? Failure)> ReadAsync(RefreshScope scope, CancellationToken cancellationToken)
    {
        var accountCall = await connection.GetAsync("v2/account", cancellationToken).ConfigureAwait(false);
        var account = accountCall.Kind == AlpacaCallKind.Success ? AlpacaJson.TryRead<AlpacaAccountDto>(accountCall.Body) : null;
        if (account?.Cash is not { } cash)
        {
            return (null, "could not read the Alpaca account: " + (accountCall.Kind == AlpacaCallKind.Success ? "unreadable answer" : accountCall.Message));
        }

        if (scope == RefreshScope.Quick)
        {
            return (new AlpacaHoldings(Money.FromDollars(cash), null), null);
        }

        var positionsCall = await connection.GetAsync("v2/positions", cancellationToken).ConfigureAwait(false);
        var positions = positionsCall.Kind == AlpacaCallKind.Success ? AlpacaJson.TryRead<List<AlpacaPositionDto>>(positionsCall.Body) : null;
        var holdings = positions?.Select(ToHolding).OfType<AlpacaHolding>().ToList();
        if (holdings is null || holdings.Count != positions!.Count)
        {
            return (null, "could not read the Alpaca positions: " + (positionsCall.Kind == AlpacaCallKind.Success ? "unreadable answer" : positionsCall.Message));
        }

        return (new AlpacaHoldings(Money.FromDollars(cash), holdings), null);
    }

    private static AlpacaHolding? ToHolding(AlpacaPositionDto dto) => AlpacaHolding.From(dto.Symbol, dto.Qty, dto.CurrentPrice, dto.MarketValue);
}
