using PortfolioOrchestrator.Mcp.Tools;

namespace PortfolioOrchestrator.Mcp.Plans;

/// <summary>
/// A plan as <c>plan_execution</c> stored it in the state directory: when it was issued and expires (wall-clock
/// time), the digest of its inputs, the inputs themselves (so <c>execute_trades</c> can run them, and re-read
/// files given by path), and the dry run's id.
/// </summary>
public sealed record StoredPlan(DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, string InputsSha256, PlannedInputs Inputs, string PlanRunId);
