namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>Everything the journal holds of one run.</summary>
public sealed record RunSnapshot(
    RunHeader Header,
    RunInputs Inputs,
    IReadOnlyList<TradeExecution> Trades,
    IReadOnlyList<Escalation> Escalations);
