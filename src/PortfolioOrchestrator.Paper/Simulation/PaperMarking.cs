using System.Globalization;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Paper.Storage;

namespace PortfolioOrchestrator.Paper.Simulation;

/// <summary>
/// One <c>po paper mark</c> inside the store's transaction: for each price, in ticker order, the resting
/// orders of that ticker in the order the venue received them. A crossed order fills for what is left of
/// it, but never for more shares than its account holds (the rest is canceled, and an order whose shares
/// are gone is canceled whole); its link group's other open orders are canceled.
/// </summary>
internal sealed class PaperMarking(PaperStore store, PaperBook book, DateTimeOffset now)
{
    private readonly List<BrokerOrder> _filled = [];
    private readonly List<BrokerOrder> _canceled = [];

    public PaperMarkOutcome Apply(IReadOnlyDictionary<Ticker, Money> prices)
    {
        foreach (var (ticker, price) in prices.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            book.SetMark(ticker, price, now);
            foreach (var resting in store.ListOpen(ticker))
            {
                // An earlier fill in this mark may have canceled it as a sibling.
                if (store.FindOrder(resting.ClientOrderId) is { } order && !order.Status.IsFinal() && PaperMarkRules.FillPrice(order, price) is { } fillPrice)
                {
                    Cross(order, fillPrice);
                }
            }
        }

        return new PaperMarkOutcome(now, prices, _filled, _canceled);
    }

    private void Cross(BrokerOrder order, Money fillPrice)
    {
        var account = order.Account ?? throw new InvalidOperationException($"Resting order {order.ClientOrderId} names no account.");
        var left = (order.Quantity ?? 0m) - order.FilledQuantity;
        var quantity = Math.Min(left, Math.Max(0m, book.Held(account, order.Ticker)));
        if (quantity <= 0m)
        {
            Cancel(order);
            return;
        }

        var number = (order.Fills.Count + 1).ToString(CultureInfo.InvariantCulture);
        var fill = new Fill($"{order.ClientOrderId}-f{number}", quantity, fillPrice, now);
        store.AddFill(order, fill, quantity == left ? OrderStatus.Filled : OrderStatus.Canceled);
        var dollars = (fillPrice * quantity).RoundToCents();
        book.AddCash(account, dollars);
        book.AddToHolding(account, order.Ticker, -quantity, -dollars);
        _filled.Add(store.FindOrder(order.ClientOrderId)!);
        if (order.LinkGroup is { } group)
        {
            foreach (var sibling in store.ListLinked(group).Where(o => o.ClientOrderId != order.ClientOrderId && !o.Status.IsFinal()))
            {
                Cancel(sibling);
            }
        }
    }

    private void Cancel(BrokerOrder order)
    {
        store.UpdateStatus(order.ClientOrderId, order.MoveTo(OrderStatus.Canceled).Status);
        _canceled.Add(store.FindOrder(order.ClientOrderId)!);
    }
}
