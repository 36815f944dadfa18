using System.Globalization;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>What the fake's <c>/v2/clock</c> says.</summary>
public sealed record FakeMarketClock(DateTimeOffset Timestamp, bool IsOpen, DateTimeOffset NextOpen, DateTimeOffset NextClose)
{
    internal JsonObject ToJson() => new()
    {
        ["timestamp"] = Timestamp.ToString("O", CultureInfo.InvariantCulture),
        ["is_open"] = IsOpen,
        ["next_open"] = NextOpen.ToString("O", CultureInfo.InvariantCulture),
        ["next_close"] = NextClose.ToString("O", CultureInfo.InvariantCulture),
    };
}

/// <summary>One day of the fake's <c>/v2/calendar</c>, New York local times.</summary>
public sealed record FakeCalendarDay(DateOnly Date, TimeOnly Open, TimeOnly Close)
{
    internal JsonObject ToJson() => new()
    {
        ["date"] = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["open"] = Open.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["close"] = Close.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["session_open"] = "0400",
        ["session_close"] = "2000",
    };
}
