using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Positions;

namespace PortfolioOrchestrator.Domain.Tests.Positions;

/// <summary>
/// CONTRACT Resolution 15 as an invariant: over any sequence of buys, QA sells and protective fills, with the
/// position protected again after each, the protected quantity never exceeds the held quantity, and a sell
/// consumes lots first in, first out (the lots it leaves untouched are the newest).
/// </summary>
public sealed class LotProperties
{
    [Property(MaxTest = 300)]
    public bool Resolution15_protection_never_exceeds_what_is_held_and_sells_consume_fifo(int[] steps)
    {
        var position = PositionLots.Empty(AccountId.Create("TAXABLE-1"), Ticker.Create("MSFT")).With(LotBuilder.HeldBefore(5m));
        var opened = 0;
        foreach (var step in steps ?? [])
        {
            var shares = (Math.Abs(step % 1000) + 1) / 100m;
            switch (Math.Abs(step % 3))
            {
                case 0:
                    position = Reprotect(position.With(LotBuilder.Opened($"po-{opened++:x4}-a1", "r1", shares, 100m, 150m)));
                    break;
                case 1:
                    var before = position;
                    position = Reprotect(position.ConsumeFifo(shares));
                    if (!ConsumedOldestFirst(before, position))
                    {
                        return false;
                    }

                    break;
                default:
                    if (position.Lots.LastOrDefault(l => !l.IsHeldBefore && l.Quantity > 0m) is { } hit)
                    {
                        position = Reprotect(position.ConsumeLot(hit.Id, Math.Min(shares, hit.Quantity)));
                    }

                    break;
            }

            if (position.ProtectedQuantity > position.HeldQuantity || position.Lots.Any(l => l.ProtectedQuantity > l.Quantity || l.Quantity < 0m))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every lot of ours protected again for what it still holds, at its own prices, as its next generation.</summary>
    private static PositionLots Reprotect(PositionLots position) => position with
    {
        Lots = [.. position.Lots.Select(l => l.IsHeldBefore
            ? l
            : LotBuilder.Opened(l.Id.Value, "r1", l.Quantity, 100m, 150m, l.Generation + 1) with { Generation = l.Generation + 1 })],
    };

    /// <summary>A sell leaves every lot after the first one it did not empty as it was.</summary>
    private static bool ConsumedOldestFirst(PositionLots before, PositionLots after)
    {
        var touched = false;
        for (var i = 0; i < before.Lots.Count; i++)
        {
            if (touched && after.Lots[i].Quantity != before.Lots[i].Quantity)
            {
                return false;
            }

            touched |= after.Lots[i].Quantity > 0m;
        }

        return true;
    }
}
