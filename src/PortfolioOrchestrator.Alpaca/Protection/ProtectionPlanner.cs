using System.Globalization;
using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Alpaca.Protection;

/// <summary>
/// STEP 3E on Alpaca. A sell reserves the shares it covers, so a full-size stop beside separate targets
/// for the same shares is refused ("insufficient qty available"). Instead each target's slice of the
/// whole shares is one OCO pair (its take-profit and the stop), and the shares no target claims get a
/// plain stop. Alpaca takes these orders only in whole shares; a fractional remainder is reported.
/// </summary>
public static class ProtectionPlanner
{
    public static ProtectionPlan Plan(ProtectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var slices = new List<ProtectiveSlice>();
        var unprotected = new List<string>();
        if (request.FilledQuantity <= 0m)
        {
            return new ProtectionPlan(slices, unprotected);
        }

        var ticker = request.Ticker;
        var whole = decimal.Floor(request.FilledQuantity);
        var fraction = request.FilledQuantity - whole;
        var stop = request.StopLoss?.Price;
        var claimedPercent = 0m;
        var claimedShares = 0m;
        for (var i = 0; i < request.Targets.Count; i++)
        {
            var target = request.Targets[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var percent = Math.Clamp(target.PercentOfPosition, 0m, Math.Max(0m, 100m - claimedPercent));
            if (percent < target.PercentOfPosition)
            {
                unprotected.Add($"profit target {number} for {ticker} at {target.Price} asks for {target.PercentOfPosition}% of the position but only {percent}% was left; the excess is not placed");
            }

            claimedPercent += percent;

            // Cumulative rounding: the slices never add up to more than the whole shares.
            var shares = decimal.Floor(whole * claimedPercent / 100m) - claimedShares;
            claimedShares += shares;
            if (shares <= 0m)
            {
                if (percent > 0m)
                {
                    unprotected.Add($"profit target {number} for {ticker} at {target.Price} ({target.PercentOfPosition}% of {whole} whole shares) comes to no whole share; not placed");
                }

                continue;
            }

            slices.Add(new ProtectiveSlice((stop is null ? "tp" : "oco") + number, shares, target.Price, stop));
        }

        var rest = whole - claimedShares;
        if (rest > 0m && stop is not null)
        {
            slices.Add(new ProtectiveSlice("sl", rest, null, stop));
        }

        if (stop is null && whole > 0m)
        {
            unprotected.Add($"no stop-loss was given for {ticker}: its {whole} whole shares have no stop");
        }

        if (fraction > 0m)
        {
            unprotected.Add($"{fraction} of a share of {ticker} is fractional: Alpaca takes stop, limit and OCO orders (GTC) only in whole shares, so it has no stop-loss or target");
        }

        return new ProtectionPlan(slices, unprotected);
    }
}
