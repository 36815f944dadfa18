using PortfolioOrchestrator.Domain.Steps.Step8;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Reporting.Tracking;

/// <summary>
/// One lot we protect as STEP 8's tracking saw it (CONTRACT Resolution 16): the shares it still holds
/// (<see cref="Quantity"/>), those its protection should cover (<see cref="Expected"/>: whole shares where the venue
/// takes only those) and does (<see cref="Covered"/>), its status (<c>OK</c>, <c>NEEDS_ATTENTION</c>,
/// <c>NOT_CHECKED</c>), what was found, and its protective orders as the venue reported them.
/// </summary>
public sealed record TrackedLot(
    string Account,
    string Ticker,
    string LotId,
    string? TradeId,
    string? RunId,
    decimal Quantity,
    decimal Expected,
    decimal Covered,
    int Generation,
    string Status,
    IReadOnlyList<string> Findings,
    IReadOnlyList<TrackedOrder> Orders)
{
    /// <summary>The lot as its condition says, with <paramref name="status"/>.</summary>
    public static TrackedLot From(LotCondition condition, string status)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var view = condition.View;
        var lot = view.Lot;
        return new TrackedLot(
            view.Account.Value,
            view.Ticker.Value,
            lot.Id.Value,
            lot.TradeId?.Value,
            lot.RunId?.Value,
            lot.Quantity,
            condition.Expected,
            condition.Covered,
            lot.Generation,
            status,
            [.. condition.Kinds.Select(TrackingNames.Of)],
            [.. lot.ProtectiveOrders.Select(o => new TrackedOrder(
                o.ClientOrderId.Value,
                ContractNames.Of(o.Type),
                o.Quantity,
                o.StopPrice?.Dollars,
                o.LimitPrice?.Dollars,
                view.Absent.Contains(o.ClientOrderId) ? "not_found" : ContractNames.Of(o.Status),
                o.ExpiresAt))]);
    }
}

/// <summary>A protective order of a lot: <c>stop</c> or <c>limit</c>, shares it covers, dollars per share, status, and when the venue lets it lapse.</summary>
public sealed record TrackedOrder(string ClientOrderId, string Type, decimal Quantity, decimal? StopPrice, decimal? LimitPrice, string Status, DateTimeOffset? ExpiresAt);
