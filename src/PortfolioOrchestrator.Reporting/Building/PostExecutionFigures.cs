using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step5;
using PortfolioOrchestrator.Domain.Steps.Step6;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>
/// STEP 5 and 6's figures. When the run has not reached them (paused, halted, still running) the
/// report states where things stand now: running cash, and each sector at its start value plus the
/// run's fills, judged by the same rules (CONTRACT Resolution 10).
/// </summary>
internal static class PostExecutionFigures
{
    public static PostExecutionSummary For(RunSnapshot run) => run.Header.PostExecution ?? Interim(run);

    private static PostExecutionSummary Interim(RunSnapshot run)
    {
        var header = run.Header;
        var policy = run.Inputs.Policy;
        var total = header.TotalValue;
        var buffer = total.IsPositive ? header.RunningCash / total : Ratio.FromFraction(0m);
        var sectors = new SectorCapRule(policy).Evaluate(run.Inputs.ExecutedOn, total, run.Trades);
        return new PostExecutionSummary(sectors, header.RunningCash, buffer, BufferVerificationRule.CheckOf(policy, buffer));
    }
}
