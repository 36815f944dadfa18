namespace PortfolioOrchestrator.Domain.Calendar;

/// <summary>A weekday on which the exchange holds no session: the closure's (exchange-local) date and its name.</summary>
public readonly record struct MarketHoliday(DateOnly Date, string Name);
