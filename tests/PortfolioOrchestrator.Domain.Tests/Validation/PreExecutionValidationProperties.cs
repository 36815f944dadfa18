using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Validation;

namespace PortfolioOrchestrator.Domain.Tests.Validation;

public sealed class PreExecutionValidationProperties
{
    private static readonly EscalationStep[] PreExecutionSteps = [EscalationStep.Step1, EscalationStep.Step2A, EscalationStep.Step2B];

    [Property(Arbitrary = [typeof(PreExecutionArbitraries)], MaxTest = 200)]
    public void Validate_needs_a_decision_exactly_when_the_run_pauses_before_its_first_order(PreExecutionScenario scenario)
    {
        var (verdict, run, harness) = ValidateAndRun(scenario);

        var paused = run.Escalations.Any(e => e.Blocking && PreExecutionSteps.Contains(e.Step));
        Assert.Equal(verdict.NeedsDecision, paused);
        if (paused)
        {
            Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
            Assert.Empty(harness.Broker.Submissions);
        }
    }

    [Property(Arbitrary = [typeof(PreExecutionArbitraries)], MaxTest = 200)]
    public void The_run_raises_before_its_first_order_what_validate_lists_in_the_same_order(PreExecutionScenario scenario)
    {
        var (verdict, run, _) = ValidateAndRun(scenario);

        var raised = run.Escalations.Where(e => PreExecutionSteps.Contains(e.Step)).Select(e => e.Type).ToList();
        if (verdict.NeedsDecision)
        {
            // A pause stops the run at the first pausing finding; what it has raised by then is validate's list up to it.
            Assert.Equal(verdict.Escalations.Take(raised.Count), raised);
            Assert.Equal(run.AwaitedEscalation()!.Type, raised[^1]);
        }
        else
        {
            Assert.Equal(verdict.Escalations, raised);
        }
    }

    [Property(Arbitrary = [typeof(PreExecutionArbitraries)], MaxTest = 200)]
    public void Validate_reports_the_same_step_2_figures_as_the_run(PreExecutionScenario scenario)
    {
        var (verdict, run, _) = ValidateAndRun(scenario);
        if (run.Header.PreExecution is not { } engine)
        {
            // Paused at STEP 1: the run has not reached STEP 2 yet.
            Assert.Contains(EscalationType.StalePortfolio, verdict.Escalations);
            return;
        }

        var validated = verdict.PreExecution;
        Assert.Equal(validated.TotalPendingDollars, engine.TotalPendingDollars);
        Assert.Equal(validated.CashAfterAllPending, engine.CashAfterAllPending);
        Assert.Equal(validated.BufferAfterAllPending, engine.BufferAfterAllPending);
        Assert.Equal(validated.BufferStatus, engine.BufferStatus);
        Assert.Equal(validated.SectorFlags.Select(f => (f.Sector, f.ExceedsCap)), engine.SectorFlags.Select(f => (f.Sector, f.ExceedsCap)));
    }

    private static (ValidationVerdict Verdict, RunSnapshot Run, EngineHarness Harness) ValidateAndRun(PreExecutionScenario scenario)
    {
        var portfolio = scenario.Portfolio();
        var report = scenario.Report();
        var policy = scenario.Policy();
        var harness = new EngineHarness(PreExecutionScenario.Now);

        var verdict = PreExecutionValidation.Evaluate(portfolio, report, policy, harness.Calendar, harness.Clock.GetUtcNow());
        var run = harness.StartAsync(report, portfolio, policy).GetAwaiter().GetResult();
        return (verdict, run, harness);
    }
}
