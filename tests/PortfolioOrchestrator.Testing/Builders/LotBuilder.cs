using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Testing.Builders;

/// <summary>Lots for tests: a lot opened by an entry, protected by one stop-and-target slice per share count given.</summary>
public static class LotBuilder
{
    /// <summary>
    /// A lot opened by <paramref name="entry"/> in run <paramref name="run"/>, holding <paramref name="quantity"/>
    /// shares, with a stop at <paramref name="stop"/> and one target at <paramref name="target"/> for the whole lot,
    /// placed as protection generation <paramref name="generation"/> (0: nothing placed).
    /// </summary>
    public static Lot Opened(string entry, string run, decimal quantity, decimal stop, decimal target, int generation = 1, OrderStatus status = OrderStatus.Accepted)
    {
        var entryId = ClientOrderId.Create(entry);
        var idBase = generation <= 1 ? entryId : entryId.WithSuffix($"g{generation}");
        IReadOnlyList<ProtectiveOrder> orders = generation == 0
            ? []
            :
            [
                new ProtectiveOrder(idBase.WithSuffix("s1-sl"), OrderType.Stop, quantity, Money.FromDollars(stop), null, status, idBase.WithSuffix("s1").Value),
                new ProtectiveOrder(idBase.WithSuffix("s1-tp"), OrderType.Limit, quantity, null, Money.FromDollars(target), status, idBase.WithSuffix("s1").Value),
            ];
        return new Lot
        {
            Id = LotId.ForEntry(entryId),
            Quantity = quantity,
            RunId = RunId.Create(run),
            TradeId = TradeId.Create("T-" + entry),
            OpenedAt = RunBuilder.Start,
            Stop = new StopLossSpec(Money.FromDollars(stop)),
            Targets = [new ProfitTargetSpec(Money.FromDollars(target), 100m)],
            Generation = generation,
            ProtectiveOrders = orders,
        };
    }

    /// <summary>The shares held before the product protected anything.</summary>
    public static Lot HeldBefore(decimal quantity) => new() { Id = LotId.HeldBefore, Quantity = quantity };
}
