using PortfolioOrchestrator.Reporting.Monitoring;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>What <c>po monitor</c> came to: the report, as written (Markdown and JSON), and the folder it was written to.</summary>
public sealed record MonitorOutcome(MonitorReport Report, string Markdown, string Json, string Folder)
{
    /// <summary>CONTRACT §2: 0 everything checked and within limits, 4 something needs attention or could not be checked.</summary>
    public int ExitCode => Report.Status == MonitorStatus.Ok ? ExitCodes.Success : ExitCodes.AwaitingDecision;
}
