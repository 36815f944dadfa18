namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// One input of a validation or plan as it was read: the name problems use (the path as given, or the argument
/// name), the absolute path when it came from a file, and its text.
/// </summary>
public sealed record PlannedInput(string Name, string? Path, string Text);

/// <summary>
/// The inputs of <c>validate_execution</c>, <c>plan_execution</c> and <c>execute_trades</c>: PORTFOLIO.md, the QA
/// report, the optional policy and paper script (their text), the optional fixed <c>now</c> as given, and the venue.
/// </summary>
public sealed record PlannedInputs(PlannedInput Portfolio, PlannedInput Qa, PlannedInput? Policy, PlannedInput? BrokerScript, string? Now, string Broker);
