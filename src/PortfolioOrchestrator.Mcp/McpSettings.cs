namespace PortfolioOrchestrator.Mcp;

/// <summary>
/// How <c>po mcp</c> was started (CONTRACT §8): the one state directory it serves (absolute), whether
/// <c>execute_trades</c> and <c>resume_run</c> may send orders (<c>--allow-execution</c>), the venue
/// (<c>--broker</c>, default paper, or each account at its own venue by <c>--accounts</c>, absolute), who refreshes
/// a stale portfolio (<c>--refresh</c>), and <c>--live</c>.
/// </summary>
public sealed record McpSettings(string StateDirectory, bool AllowExecution, string? Broker, string? Refresh, bool Live, string? Accounts = null);
