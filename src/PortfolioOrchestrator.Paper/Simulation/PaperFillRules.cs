using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// The venue's fill rules (CONTRACT §3): a buy fills at price × (1 + bps/10000), a sell at
/// price × (1 − bps/10000), rounded to 4 decimals; filled dollars = fill ratio × notional, to the cent;
/// shares = filled dollars / fill price, to 6 decimals toward zero. A fill ratio below 1 fills that
/// part at once and cancels the rest.
/// </summary>
internal static class PaperFillRules
{
    public const string InsufficientBuyingPower = "insufficient buying power";

    public static PaperExecution Execute(OrderRequest request, PaperFillRule rule, Money? cash)
    {
        if (cash is not { } available)
        {
            return PaperExecution.Rejected("the paper venue has no account");
        }

        if (!request.Notional.IsPositive)
        {
            return PaperExecution.Rejected("the notional must be a positive number of dollars");
        }

        if (rule.Reject is { } reason)
        {
            return PaperExecution.Rejected(reason);
        }

        if (request.Side == OrderSide.Buy && request.Notional > available)
        {
            return PaperExecution.Rejected(InsufficientBuyingPower);
        }

        return rule.NoFill ? PaperExecution.Open : Fill(request, rule);
    }

    private static PaperExecution Fill(OrderRequest request, PaperFillRule rule)
    {
        var price = rule.Price ?? request.ReferencePrice;
        if (!price.IsPositive)
        {
            return PaperExecution.Rejected($"no positive price for {request.Ticker}");
        }

        try
        {
            var direction = request.Side == OrderSide.Buy ? 1m : -1m;
            var fillPrice = Math.Round(price.Dollars * (1m + (direction * rule.SlippageBps / 10_000m)), 4, MidpointRounding.AwayFromZero);
            var filledDollars = (request.Notional * rule.FillRatio).RoundToCents();
            var quantity = fillPrice > 0m ? Math.Round(filledDollars.Dollars / fillPrice, 6, MidpointRounding.ToZero) : 0m;
            if (quantity <= 0m)
            {
                return PaperExecution.Rejected("the order is too small to fill a millionth of a share");
            }

            var status = rule.FillRatio >= 1m ? OrderStatus.Filled : OrderStatus.Canceled;
            return new PaperExecution(status, null, Money.FromDollars(fillPrice), filledDollars, quantity);
        }
        catch (OverflowException)
        {
            return PaperExecution.Rejected("the order's amounts are out of the venue's range");
        }
    }
}
