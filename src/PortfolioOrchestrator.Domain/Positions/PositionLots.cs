using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Positions;

/// <summary>
/// The lots of one (account, ticker) position the product knows, oldest first (CONTRACT Resolution 15).
/// Quantities are shares. Immutable: each change returns the position as it is afterwards.
/// </summary>
public sealed record PositionLots(AccountId Account, Ticker Ticker, IReadOnlyList<Lot> Lots)
{
    /// <summary>A position the product has no lots of.</summary>
    public static PositionLots Empty(AccountId account, Ticker ticker) => new(account, ticker, []);

    /// <summary>Shares the lots hold.</summary>
    public decimal HeldQuantity => Lots.Sum(l => l.Quantity);

    /// <summary>Shares the open protective orders of the lots cover.</summary>
    public decimal ProtectedQuantity => Lots.Sum(l => l.ProtectedQuantity);

    /// <summary>Whether any lot has a protective order still working at the venue.</summary>
    public bool HasOpenProtection => Lots.Any(l => l.HasOpenProtectiveOrders);

    /// <summary>The lot with this id, or null.</summary>
    public Lot? Find(LotId id) => Lots.FirstOrDefault(l => l.Id == id);

    /// <summary>The position with <paramref name="lot"/> added as the newest lot, or replacing the lot with its id where one exists.</summary>
    public PositionLots With(Lot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var lots = Lots;
        for (var i = 0; i < lots.Count; i++)
        {
            if (lots[i].Id == lot.Id)
            {
                var replaced = lots.ToArray();
                replaced[i] = lot;
                return this with { Lots = replaced };
            }
        }

        return this with { Lots = [.. lots, lot] };
    }

    /// <summary>
    /// The position after a sell of <paramref name="shares"/>: lots are consumed first in, first out
    /// (oldest first, as US brokers do by default). Shares beyond what the lots hold consume nothing more.
    /// </summary>
    public PositionLots ConsumeFifo(decimal shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shares);
        var left = shares;
        var lots = new List<Lot>(Lots.Count);
        foreach (var lot in Lots)
        {
            var taken = Math.Min(left, lot.Quantity);
            left -= taken;
            lots.Add(lot.Less(taken));
        }

        return this with { Lots = lots };
    }

    /// <summary>The position after a protective order of lot <paramref name="id"/> sold <paramref name="shares"/> of that lot (a stop or target hit).</summary>
    public PositionLots ConsumeLot(LotId id, decimal shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shares);
        return this with { Lots = [.. Lots.Select(l => l.Id == id ? l.Less(shares) : l)] };
    }

    /// <summary>The position without the lots that hold nothing and have nothing open at the venue.</summary>
    public PositionLots WithoutEmptyLots() =>
        this with { Lots = [.. Lots.Where(l => l.Quantity > 0m || l.HasOpenProtectiveOrders)] };
}
