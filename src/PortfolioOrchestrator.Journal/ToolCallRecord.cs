namespace PortfolioOrchestrator.Journal;

/// <summary>
/// One call of an MCP tool as the journal's event log keeps it (CONTRACT §8): when, which tool, the SHA-256 of its
/// arguments (lower-case hex; never the arguments themselves, so nothing secret is stored), the outcome
/// (<c>ok</c>, <c>error: …</c> or <c>refused: …</c>) and the run it concerned, if any.
/// </summary>
public sealed record ToolCallRecord(DateTimeOffset At, string Tool, string ArgumentsSha256, string Outcome, string? RunId);
