using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Protection;

/// <summary>
/// STEP 3E on Alpaca: the slices of <see cref="ProtectionSlicing"/> in whole shares. A sell reserves the
/// shares it covers, so a full-size stop beside separate targets for the same shares is refused
/// ("insufficient qty available"); each slice is one order (an OCO pair, or a lone stop). Alpaca takes
/// these orders (GTC) only in whole shares, so a fractional remainder is reported.
/// </summary>
public static class ProtectionPlanner
{
    public static ProtectionPlan Plan(ProtectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.FilledQuantity <= 0m)
        {
            return new ProtectionPlan([], []);
        }

        var plan = ProtectionSlicing.Plan(request, request.FilledQuantity, shareDecimals: 0, request.MarketPrice);
        var fraction = request.FilledQuantity - decimal.Floor(request.FilledQuantity);
        return fraction > 0m
            ? plan with { Unprotected = [.. plan.Unprotected, $"{fraction} of a share of {request.Ticker} is fractional: Alpaca takes stop, limit and OCO orders (GTC) only in whole shares, so it has no stop-loss or target"] }
            : plan;
    }
}
