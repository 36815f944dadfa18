namespace PortfolioOrchestrator.Application.Composition;

/// <summary>The options of <c>po run</c> as typed.</summary>
public sealed record RunOptions(
    string Portfolio,
    string Qa,
    string? Broker,
    string? Now,
    string? Out,
    string State,
    string? Policy,
    bool DryRun,
    bool Json,
    string? Routing = null,
    string? Refresh = null,
    string? Accounts = null);
