using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Domain.Steps.Step2;
using PortfolioOrchestrator.Domain.Steps.Step3;
using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// Runs the seed's STEP 1–8 against the ports. Re-entrant: every step reads its state from the journal,
/// so a paused or crashed run continues with <see cref="ContinueAsync"/> from where it stood.
/// </summary>
public sealed class ExecutionEngine
{
    private readonly EngineServices _services;
    private readonly Step1Startup _step1;
    private readonly Step2PreExecution _step2;
    private readonly Step3SequentialExecution _step3;
    private readonly PostExecution _post;
    private readonly ResumeReconciliation _reconciliation;

    public ExecutionEngine(EngineServices services)
    {
        _services = services;
        var history = new TradeHistory(services);
        var protection = new Step3EProtection(services);
        _step1 = new Step1Startup(services, history);
        _step2 = new Step2PreExecution(new Step2CRefresh(services));
        _step3 = new Step3SequentialExecution(services, new OrderSubmission(services, history, new ProtectionLift(services)), new FillMonitor(services), protection, new ProtectionRestore(services));
        _post = new PostExecution(services, new PendingFillRecheck(services, protection));
        _reconciliation = new ResumeReconciliation(services);
    }

    /// <summary>Creates the run in the journal (STEP 3A/3B) and executes it.</summary>
    public async Task<RunSnapshot> StartAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var number = await _services.Journal.CountRunsForReportAsync(request.Report.ReportId, cancellationToken) + 1;
        var run = RunFactory.Create(request, number, _services.Clock.GetUtcNow(), _services.Broker.Name);
        await _services.Journal.CreateRunAsync(run, cancellationToken);
        return await RunFromJournalAsync(run.Header.RunId, reconcile: false, cancellationToken);
    }

    /// <summary>Continues a run: applies a decision it waits for, reconciles with the venue, then goes on.</summary>
    public Task<RunSnapshot> ContinueAsync(RunId runId, CancellationToken cancellationToken) =>
        RunFromJournalAsync(runId, reconcile: true, cancellationToken);

    private async Task<RunSnapshot> RunFromJournalAsync(RunId runId, bool reconcile, CancellationToken cancellationToken)
    {
        var snapshot = await _services.Journal.LoadRunAsync(runId, cancellationToken)
            ?? throw new ArgumentException($"No run {runId} in this state directory.", nameof(runId));
        var session = new RunSession(snapshot, _services.Journal, _services.Clock);
        if (session.Header.Phase == RunPhase.Done)
        {
            return snapshot;
        }

        if (session.Header.Status == RunStatus.Interrupted)
        {
            session.ContinueAfterInterruption();
        }

        if (!DecisionApplier.TryApply(session))
        {
            return snapshot;
        }

        session.Stage();
        try
        {
            await RunStepsAsync(session, reconcile, cancellationToken);
        }
        catch (Exception)
        {
            // The steps the run finished since its last commit are kept; the one it failed in is done again on resume.
            await session.CommitStagedAsync(CancellationToken.None);
            throw;
        }

        return session.ToSnapshot();
    }

    private async Task RunStepsAsync(RunSession session, bool reconcile, CancellationToken cancellationToken)
    {
        if (reconcile && await _reconciliation.RunAsync(session, cancellationToken) == StepResult.Paused)
        {
            return;
        }

        while (session.Header.Phase != RunPhase.Done)
        {
            var result = _services.StopRequested.IsCancellationRequested ? StepResult.Stopped : session.Header.Phase switch
            {
                RunPhase.Startup => await _step1.RunAsync(session, cancellationToken),
                RunPhase.PreExecution => await _step2.RunAsync(session, cancellationToken),
                RunPhase.Executing => await _step3.RunAsync(session, cancellationToken),
                _ => await FinishAsync(session, cancellationToken),
            };
            if (result == StepResult.Stopped)
            {
                // CONTRACT Resolution 19: a safe point; what is done is journaled, the rest stays QUEUED.
                session.Interrupt();
                await session.CommitAsync(cancellationToken);
                break;
            }

            if (result == StepResult.Paused)
            {
                break;
            }
        }
    }

    private async Task<StepResult> FinishAsync(RunSession session, CancellationToken cancellationToken)
    {
        await _post.RunAsync(session, cancellationToken);
        return StepResult.Continue;
    }
}
