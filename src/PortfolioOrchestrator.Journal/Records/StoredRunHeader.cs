using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records;

/// <summary>
/// A run header as its record stores it. Version 1 keeps four approval flags beside the header; the
/// domain derives them from the run's decided escalations, so they are written from
/// <see cref="Approvals"/> (as the first journal wrote them) and, when read, go no further than here.
/// </summary>
internal sealed record StoredRunHeader(RunHeader Header, RunApprovals Approvals);
