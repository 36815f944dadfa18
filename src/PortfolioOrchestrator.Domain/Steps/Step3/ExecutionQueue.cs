using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>
/// STEP 3A: approved trades in ascending approval time, ties in report order, never resorted by
/// size, conviction or fee (CONTRACT Resolution 2). Trades not approved follow, in report order, to be
/// reported as NOT_APPROVED.
/// </summary>
public static class ExecutionQueue
{
    public static IReadOnlyList<QaTrade> Build(IEnumerable<QaTrade> trades)
    {
        var all = trades.ToList();
        var approved = all.Where(t => t.IsApproved)
            .OrderBy(t => t.ApprovalTimestamp!.Value.UtcDateTime)
            .ThenBy(t => t.ReportIndex);
        var others = all.Where(t => !t.IsApproved).OrderBy(t => t.ReportIndex);
        return [.. approved, .. others];
    }
}
