using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Journal;

/// <summary>One line of a run's append-only event log: when, what kind (<c>order.intent</c>, …), and details in words.</summary>
public sealed record JournalEvent(RunId RunId, DateTimeOffset At, string Kind, string Detail);
