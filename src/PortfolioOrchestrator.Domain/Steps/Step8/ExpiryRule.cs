using PortfolioOrchestrator.Domain.Calendar;

namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// CONTRACT Resolution 16: a protective order expires soon when the venue says when (Alpaca's <c>expires_at</c>)
/// and that is within <see cref="Sessions"/> NYSE sessions of now (or already past).
/// </summary>
public static class ExpiryRule
{
    /// <summary>How many sessions ahead an expiry counts as soon. <value>The value is 5.</value></summary>
    public const int Sessions = 5;

    public static bool IsExpiring(DateTimeOffset? expiresAt, DateTimeOffset now, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return expiresAt is { } at && calendar.TradingDaysElapsed(now, at) <= Sessions;
    }
}
