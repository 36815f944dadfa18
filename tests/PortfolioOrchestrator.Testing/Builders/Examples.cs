namespace PortfolioOrchestrator.Testing.Builders;

/// <summary>The instants of the contract's example files, in New York time (EST, UTC−5).</summary>
public static class Examples
{
    public static readonly TimeSpan NewYorkOffset = TimeSpan.FromHours(-5);

    /// <summary>PORTFOLIO.md's <c>Last Updated</c>: 2026-11-24 09:40 EST.</summary>
    public static readonly DateTimeOffset PortfolioUpdated = At(2026, 11, 24, 9, 40);

    /// <summary>The QA trade's <c>approval_timestamp</c>: 2026-11-24 13:00 EST.</summary>
    public static readonly DateTimeOffset Approval = At(2026, 11, 24, 13, 0);

    /// <summary>An instant in New York standard time (November dates are EST).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, NewYorkOffset);
}
