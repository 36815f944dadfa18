using System.Globalization;
using PortfolioOrchestrator.Alpaca.Market;
using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// Asks Alpaca's market clock before any order is sent. Closed: refused with exit 2 (nothing sent) unless
/// the user asked to queue day orders for the open. Unknown: refused with exit 1, because a clock that
/// cannot be read is never taken for "open".
/// </summary>
public static class MarketOpenCheck
{
    public static async Task EnsureAsync(AlpacaMarketClock market, bool queueForOpen, TextWriter log, CancellationToken cancellationToken)
    {
        var answer = await market.GetStatusAsync(cancellationToken);
        if (answer.Value is not { } status)
        {
            throw new PoException(ExitCodes.InternalError, $"could not ask Alpaca whether the market is open ({answer.Error}); nothing was sent");
        }

        if (status.IsOpen)
        {
            return;
        }

        var nextOpen = NewYork(status.NextOpen);
        if (!queueForOpen)
        {
            throw PoException.BadInput(
                $"the market is closed (Alpaca's clock; next open {nextOpen}); nothing was sent. " +
                "Run again when it is open, or pass --queue-for-open to send day orders now that fill at the open.");
        }

        await log.WriteLineAsync($"po: the market is closed; orders are queued for the next open ({nextOpen}) and may show no fill until then");
    }

    private static string NewYork(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, NyseCalendar.TimeZone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " New York time";
    }
}
