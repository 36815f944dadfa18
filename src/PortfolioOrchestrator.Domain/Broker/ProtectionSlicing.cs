using System.Globalization;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// How a lot's protection is cut into slices, on every venue (CONTRACT Resolution 9, §6): for each profit
/// target, in order, a one-cancels-other pair of that target and the stop-loss for the target's share of the
/// quantity; the shares no target covers get a lone stop. The slices never add up to more than the quantity
/// (cumulative rounding down to the decimals the venue takes, so the last full target takes what rounding left).
/// A stop the market has already crossed protects nothing: the lot is reported, not protected
/// (CONTRACT Resolution 15); a target the market has already passed is not placed and its shares keep the stop.
/// </summary>
public static class ProtectionSlicing
{
    /// <param name="request">The lot to protect: ticker, stop-loss and targets (dollars per share, percent of the lot).</param>
    /// <param name="quantity">Shares to protect (at most what the account holds, not held back by other sells).</param>
    /// <param name="shareDecimals">The decimals of a share the venue takes in these orders: 0 for whole shares, 6 for millionths.</param>
    /// <param name="marketPrice">The price the orders are checked against, dollars per share; null: not checked here (the venue decides).</param>
    public static ProtectionPlan Plan(ProtectionRequest request, decimal quantity, int shareDecimals, Money? marketPrice)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(shareDecimals);
        var slices = new List<ProtectiveSlice>();
        var unprotected = new List<string>();
        var units = RoundDown(quantity, shareDecimals);
        if (units <= 0m)
        {
            return new ProtectionPlan(slices, unprotected);
        }

        var ticker = request.Ticker;
        var stop = request.StopLoss?.Price;
        if (stop is { } crossed && marketPrice is { } price && price <= crossed)
        {
            unprotected.Add($"the market price {price} of {ticker} has already crossed the stop-loss at {crossed}: {units} shares are not protected (a sell stop must be below the market)");
            return new ProtectionPlan(slices, unprotected);
        }

        var claimedPercent = 0m;
        var claimedShares = 0m;
        for (var i = 0; i < request.Targets.Count; i++)
        {
            var target = request.Targets[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var percent = Math.Clamp(target.PercentOfPosition, 0m, Math.Max(0m, 100m - claimedPercent));
            if (target.PercentOfPosition <= 0m)
            {
                unprotected.Add($"profit target {number} for {ticker} at {target.Price} has no positive percent_of_position; not placed");
                continue;
            }

            if (percent < target.PercentOfPosition)
            {
                unprotected.Add($"profit target {number} for {ticker} at {target.Price} asks for {target.PercentOfPosition}% of the position but only {percent}% was left; the excess is not placed");
            }

            if (marketPrice is { } market && target.Price <= market)
            {
                // Its shares stay with the stop: they are still protected, only without this target.
                unprotected.Add($"profit target {number} for {ticker} at {target.Price} is not above the market price {market}; not placed{(stop is null ? string.Empty : ", its shares keep the stop-loss")}");
                continue;
            }

            claimedPercent += percent;
            var shares = RoundDown(units * claimedPercent / 100m, shareDecimals) - claimedShares;
            claimedShares += shares;
            if (shares <= 0m)
            {
                if (percent > 0m)
                {
                    unprotected.Add($"profit target {number} for {ticker} at {target.Price} ({target.PercentOfPosition}% of {units} shares) comes to no {(shareDecimals == 0 ? "whole share" : "share")}; not placed");
                }

                continue;
            }

            slices.Add(new ProtectiveSlice((stop is null ? "tp" : "oco") + number, shares, target.Price, stop));
        }

        var rest = units - claimedShares;
        if (rest > 0m && stop is not null)
        {
            slices.Add(new ProtectiveSlice("sl", rest, null, stop));
        }

        if (stop is null)
        {
            unprotected.Add($"no stop-loss was given for {ticker}: its {units} shares have no stop");
        }

        return new ProtectionPlan(slices, unprotected);
    }

    private static decimal RoundDown(decimal quantity, int decimals) => Math.Round(quantity, decimals, MidpointRounding.ToZero);
}
