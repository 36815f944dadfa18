namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// A decision recorded by <c>po decide</c> or <c>decide_escalation</c>: the escalation, the decision in lower case
/// (<c>approve</c>, <c>defer</c>, <c>halt</c>), who decided, the run it belongs to, and the line that continues it.
/// </summary>
public sealed record DecisionOutcome(string EscalationId, string Decision, string By, string? Note, string RunId, string ResumeCommand);
