using System.Globalization;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// The venue's fill rules (CONTRACT §3, §6): the price is the script's for the ticker, else the last
/// <c>po paper mark</c>, else the trade's last known price; a buy fills at price × (1 + bps/10000), a sell
/// at price × (1 − bps/10000), rounded to 4 decimals; filled dollars = fill ratio × notional, to the cent;
/// shares = filled dollars / fill price, to 6 decimals toward zero. A fill ratio below 1 fills that
/// part at once and cancels the rest. A sell needs the shares: none held is a short sale (refused), more
/// than held and not held back by open sells is <see cref="InsufficientQty"/>.
/// </summary>
internal static class PaperFillRules
{
    public const string InsufficientBuyingPower = "insufficient buying power";

    /// <summary>The venue's refusal of a sell above the unreserved quantity, as Alpaca words it.</summary>
    public const string InsufficientQty = "insufficient qty available";

    public static PaperExecution Execute(OrderRequest request, PaperFillRule rule, PaperBookView book)
    {
        if (book.Cash is not { } available)
        {
            return PaperExecution.Rejected($"the paper venue has no account {request.Account}");
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

        var price = rule.Price ?? book.Mark ?? request.ReferencePrice;
        if (!price.IsPositive)
        {
            return PaperExecution.Rejected($"no positive price for {request.Ticker}");
        }

        try
        {
            var direction = request.Side == OrderSide.Buy ? 1m : -1m;
            var fillPrice = Math.Round(price.Dollars * (1m + (direction * rule.SlippageBps / 10_000m)), 4, MidpointRounding.AwayFromZero);
            if (request.Side == OrderSide.Sell && SellRefusal(request, fillPrice, book) is { } refusal)
            {
                return PaperExecution.Rejected(refusal);
            }

            if (rule.NoFill)
            {
                return request.Side == OrderSide.Sell ? PaperExecution.Open with { ReservedQuantity = Shares(request.Notional, fillPrice) } : PaperExecution.Open;
            }

            return Fill(request, rule, fillPrice);
        }
        catch (OverflowException)
        {
            return PaperExecution.Rejected("the order's amounts are out of the venue's range");
        }
    }

    private static string? SellRefusal(OrderRequest request, decimal fillPrice, PaperBookView book)
    {
        if (book.Held <= 0m)
        {
            return $"no short selling: account {request.Account} holds no {request.Ticker} shares to sell";
        }

        var shares = Shares(request.Notional, fillPrice);
        return shares > book.Available
            ? string.Create(CultureInfo.InvariantCulture, $"{InsufficientQty} for order (requested: {shares}, available: {Math.Max(0m, book.Available)})")
            : null;
    }

    private static PaperExecution Fill(OrderRequest request, PaperFillRule rule, decimal fillPrice)
    {
        var filledDollars = (request.Notional * rule.FillRatio).RoundToCents();
        var quantity = Shares(filledDollars, fillPrice);
        if (quantity <= 0m)
        {
            return PaperExecution.Rejected("the order is too small to fill a millionth of a share");
        }

        var status = rule.FillRatio >= 1m ? OrderStatus.Filled : OrderStatus.Canceled;
        return new PaperExecution(status, null, Money.FromDollars(fillPrice), filledDollars, quantity);
    }

    private static decimal Shares(Money dollars, decimal fillPrice) =>
        fillPrice > 0m ? Math.Round(dollars.Dollars / fillPrice, 6, MidpointRounding.ToZero) : 0m;
}
