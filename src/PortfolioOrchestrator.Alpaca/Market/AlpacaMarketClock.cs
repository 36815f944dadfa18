using System.Globalization;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Json;

namespace PortfolioOrchestrator.Alpaca.Market;

/// <summary>
/// <c>GET /v2/clock</c> and <c>GET /v2/calendar</c>, so the command line can refuse to trade while the
/// market is closed and say when it opens.
/// </summary>
public sealed class AlpacaMarketClock(AlpacaConnection connection)
{
    public async Task<MarketAnswer<MarketStatus>> GetStatusAsync(CancellationToken cancellationToken)
    {
        var call = await connection.GetAsync("v2/clock", cancellationToken).ConfigureAwait(false);
        if (call.Kind != AlpacaCallKind.Success)
        {
            return MarketAnswer<MarketStatus>.Unknown("could not read Alpaca's market clock: " + call.Message);
        }

        var clock = AlpacaJson.TryRead<AlpacaClockDto>(call.Body);
        return clock is { IsOpen: { } isOpen, Timestamp: { } now, NextOpen: { } nextOpen, NextClose: { } nextClose }
            ? MarketAnswer<MarketStatus>.Known(new MarketStatus(isOpen, now, nextOpen, nextClose))
            : MarketAnswer<MarketStatus>.Unknown("Alpaca's market clock could not be read");
    }

    /// <summary>The trading days from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    public async Task<MarketAnswer<IReadOnlyList<MarketSession>>> GetSessionsAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var query = $"v2/calendar?start={start:yyyy-MM-dd}&end={end:yyyy-MM-dd}";
        var call = await connection.GetAsync(query, cancellationToken).ConfigureAwait(false);
        if (call.Kind != AlpacaCallKind.Success)
        {
            return MarketAnswer<IReadOnlyList<MarketSession>>.Unknown("could not read Alpaca's calendar: " + call.Message);
        }

        var days = AlpacaJson.TryRead<List<AlpacaCalendarDayDto>>(call.Body);
        var sessions = new List<MarketSession>();
        foreach (var day in days ?? [])
        {
            if (!DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !TimeOnly.TryParseExact(day.Open, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
                || !TimeOnly.TryParseExact(day.Close, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var close))
            {
                return MarketAnswer<IReadOnlyList<MarketSession>>.Unknown($"Alpaca's calendar has an unreadable day ('{day.Date}')");
            }

            sessions.Add(new MarketSession(date, open, close));
        }

        return days is null
            ? MarketAnswer<IReadOnlyList<MarketSession>>.Unknown("Alpaca's calendar could not be read")
            : MarketAnswer<IReadOnlyList<MarketSession>>.Known(sessions);
    }
}
