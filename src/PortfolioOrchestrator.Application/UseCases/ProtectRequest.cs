namespace PortfolioOrchestrator.Application.UseCases;

/// <summary><c>po protect</c> as typed: the state directory, where the lots' venues are, <c>--dry-run</c> and <c>--now</c>.</summary>
public sealed record ProtectRequest(string State)
{
    public string? Broker { get; init; }

    public string? Accounts { get; init; }

    public bool Live { get; init; }

    public bool DryRun { get; init; }

    public string? Now { get; init; }
}
