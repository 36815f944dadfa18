namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// <c>po monitor</c> as typed: PORTFOLIO.md, today's prices and the policy (paths), <c>--now</c>, the state
/// directory, and where the lots' venues are (<c>--broker</c>, <c>--accounts</c>, <c>--live</c>).
/// </summary>
public sealed record MonitorRequest(string Portfolio, string? Prices, string? Policy, string? Now, string State)
{
    public string? Broker { get; init; }

    public string? Accounts { get; init; }

    public bool Live { get; init; }
}
