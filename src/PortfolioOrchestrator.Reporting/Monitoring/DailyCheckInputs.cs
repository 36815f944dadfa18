using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>
/// What the daily check looks at: PORTFOLIO.md as it stands, the thresholds, the venue's orders, today's
/// prices (dollars per share by upper-case ticker; null when none were given), the lots we protect as
/// read at their venues, and the instant of the check.
/// </summary>
public sealed record DailyCheckInputs
{
    public required PortfolioSnapshot Portfolio { get; init; }

    public ExecutionPolicy Policy { get; init; } = ExecutionPolicy.Default;

    public IReadOnlyList<BrokerOrder> Orders { get; init; } = [];

    public IReadOnlyDictionary<string, decimal>? Prices { get; init; }

    /// <summary>Each lot we protect as read at its venue (CONTRACT Resolution 16); empty when the journal protects none.</summary>
    public IReadOnlyList<LotCondition> Lots { get; init; } = [];

    /// <summary>The protective fills taken in while reading (a stop or target hit).</summary>
    public IReadOnlyList<ProtectiveFill> Fills { get; init; } = [];

    public required ITradingCalendar Calendar { get; init; }

    public required DateTimeOffset Now { get; init; }
}
