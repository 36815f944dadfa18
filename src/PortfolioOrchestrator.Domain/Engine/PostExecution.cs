using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step4;
using PortfolioOrchestrator.Domain.Steps.Step5;
using PortfolioOrchestrator.Domain.Steps.Step6;
using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// STEP 4–8 once the queue is done, in the seed's order: orders still waiting for a fill (STEP 4),
/// sector caps (STEP 5), the buffer (STEP 6), the review date (STEP 8), then the run's final status.
/// Escalations raised here do not pause (CONTRACT Resolution 10).
/// </summary>
public sealed class PostExecution(EngineServices services, PendingFillRecheck pendingFills)
{
    public async Task RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        await pendingFills.RunAsync(session, cancellationToken);
        var sectors = Step5SectorVerification.Run(session);
        var buffer = Step6BufferVerification.Run(session);

        var status = session.Complete(
            new PostExecutionSummary(sectors, buffer.CashAfter, buffer.Buffer, buffer.Check),
            ReviewSchedule.NextReviewDate(services.Calendar, session.Now));
        session.Record("run.completed", $"{status}; buffer {buffer.Buffer} ({buffer.Check})");
        await session.CommitAsync(cancellationToken);
    }
}
