namespace PortfolioOrchestrator.Domain.Calendar;

/// <summary>An exchange's sessions (CONTRACT Resolution 7: NYSE, America/New_York).</summary>
public interface ITradingCalendar
{
    /// <summary>Whether the exchange holds a regular session on this (exchange-local) date.</summary>
    bool IsTradingDay(DateOnly date);

    /// <summary>The first session strictly after <paramref name="date"/>.</summary>
    DateOnly NextTradingDay(DateOnly date);

    /// <summary>The exchange-local date of an instant.</summary>
    DateOnly LocalDate(DateTimeOffset instant);

    /// <summary>Sessions after <paramref name="from"/>'s local date up to and including <paramref name="to"/>'s (0 when the same day or earlier).</summary>
    int TradingDaysElapsed(DateTimeOffset from, DateTimeOffset to);
}
