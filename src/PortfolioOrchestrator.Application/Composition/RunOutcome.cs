using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// What a run (<c>po run</c>, <c>po resume</c>, <c>po demo</c>, the MCP execution tools) came to: the run as the
/// journal holds it, its published report, where the report was written (null for a dry run without
/// <c>--out</c>), and the exact lines that continue it (CONTRACT Resolutions 19 and 21).
/// </summary>
public sealed record RunOutcome(RunSnapshot Run, ReportPublisher.Published Published, string? OutDirectory, bool DryRun, IReadOnlyList<string> NextSteps)
{
    /// <summary>CONTRACT §2's exit code: 0 completed, 3 escalations routed, 4 paused, 130 interrupted.</summary>
    public int ExitCode => ExitCodeMapper.For(Run.Header.Status);

    /// <summary>
    /// Set when the run stopped at a safe point before its end (Resolution 19): the error that ends the command
    /// with exit 130 and the line that continues the run. Its report was written all the same.
    /// </summary>
    public PoException? Interruption { get; init; }
}
