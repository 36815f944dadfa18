using PortfolioOrchestrator.Reporting.Tracking;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// What <c>po protect</c> came to: the report as Markdown and JSON, and the folder it was written to (null for a dry
/// run, which writes nothing). A venue that could not be read ends the command instead (exit 1, Resolution 20).
/// </summary>
public sealed record ProtectOutcome(ProtectReport Report, string Markdown, string Json, string? Folder)
{
    /// <summary>CONTRACT §2: 0 nothing to do or all repaired, 4 something could not be repaired.</summary>
    public int ExitCode => Report.Status == ProtectStatus.NotRepaired ? ExitCodes.AwaitingDecision : ExitCodes.Success;
}
