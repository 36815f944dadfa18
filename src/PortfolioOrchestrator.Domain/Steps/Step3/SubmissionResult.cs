using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// Where a submit left a trade: <see cref="Outcome"/> is the venue's answer, or null when the trade was
/// found already placed and needs nothing more from this step.
/// </summary>
public sealed record SubmissionResult(TradeExecution Trade, OrderOutcome? Outcome);
