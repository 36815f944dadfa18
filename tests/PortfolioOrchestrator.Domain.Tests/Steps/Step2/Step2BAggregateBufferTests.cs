using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step2;

public sealed class Step2BAggregateBufferTests
{
    [Fact]
    public async Task Step2B_buffer_at_or_above_minimum_is_healthy()
    {
        // 45,000 − 5,000 = 40,000; 40,000 / 249,800 = 0.16013.
        var run = await new EngineHarness().StartAsync(new QaReportBuilder());

        var pre = run.Header.PreExecution!;
        Assert.Equal(Dollars(5_000m), pre.TotalPendingDollars);
        Assert.Equal(Dollars(40_000m), pre.CashAfterAllPending);
        Assert.Equal(Buffer(40_000m), pre.BufferAfterAllPending);
        Assert.Equal(BufferStatus.Healthy, pre.BufferStatus);
        Assert.Empty(run.Escalations);
    }

    [Fact]
    public async Task Step2B_buffer_between_floor_and_minimum_is_marginal()
    {
        // 45,000 − 8,000 = 37,000; 37,000 / 249,800 = 0.14812.
        var run = await new EngineHarness().StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(8_000m)));

        Assert.Equal(Buffer(37_000m), run.Header.PreExecution!.BufferAfterAllPending);
        Assert.Equal(BufferStatus.Marginal, run.Header.PreExecution.BufferStatus);
    }

    [Fact]
    public async Task Step2B_buffer_below_floor_is_at_risk()
    {
        // 45,000 − 16,000 = 29,000; 29,000 / 249,800 = 0.11609.
        var run = await new EngineHarness().StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(16_000m)));

        Assert.Equal(Buffer(29_000m), run.Header.PreExecution!.BufferAfterAllPending);
        Assert.Equal(BufferStatus.AtRisk, run.Header.PreExecution.BufferStatus);
    }

    [Fact]
    public async Task Step2B_sells_add_to_cash_and_unapproved_trades_do_not_count()
    {
        // 45,000 − 10,000 + 6,000 = 41,000; the unapproved 30,000 buy is not pending.
        var report = new QaReportBuilder().With(
            new TradeBuilder("T-001", "MSFT").Size(10_000m),
            new TradeBuilder("T-002", "XOM").Sell().Size(6_000m).Sector("Energy").Account("ROTH-1").Price(112m),
            new TradeBuilder("T-003", "NVDA").Size(30_000m).NotApproved());

        var run = await new EngineHarness().StartAsync(report);

        Assert.Equal(Dollars(4_000m), run.Header.PreExecution!.TotalPendingDollars);
        Assert.Equal(Dollars(41_000m), run.Header.PreExecution.CashAfterAllPending);
        Assert.Equal(BufferStatus.Healthy, run.Header.PreExecution.BufferStatus);
    }

    [Fact]
    public async Task Resolution3_aggregate_breach_is_noted_and_execution_proceeds()
    {
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(8_000m)));

        var noted = Assert.Single(run.Escalations);
        Assert.Equal(EscalationType.BufferWouldBreach, noted.Type);
        Assert.Equal("STEP 2B", noted.Step.Text());
        Assert.Equal(EscalationStatus.Noted, noted.Status);
        Assert.False(noted.Blocking);
        Assert.Contains(run.Header.Caveats, c => c.StartsWith("Proceeding with caveat", StringComparison.Ordinal));
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Single(h.Broker.Submissions);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Resolution3_pause_on_aggregate_breach_policy_pauses_before_any_order()
    {
        var h = new EngineHarness();
        var policy = ExecutionPolicy.Default with { PauseOnAggregateBreach = true };

        var run = await h.StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(8_000m)).Build(), policy: policy);

        var escalation = Assert.Single(run.Escalations);
        Assert.Equal(EscalationType.BufferWouldBreach, escalation.Type);
        Assert.True(escalation.Blocking);
        Assert.Equal(EscalationStatus.Open, escalation.Status);
        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
        Assert.Equal(TradeStatus.Queued, run.Trade("T-001").Status);
        Assert.Empty(h.Broker.Submissions);
    }

    [Fact]
    public async Task Resolution3_approving_the_aggregate_pause_executes_without_a_new_pause()
    {
        var h = new EngineHarness();
        var policy = ExecutionPolicy.Default with { PauseOnAggregateBreach = true };
        var paused = await h.StartAsync(new QaReportBuilder().With(new TradeBuilder().Size(8_000m)).Build(), policy: policy);

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Approve);

        Assert.Single(run.EscalationsOf(EscalationType.BufferWouldBreach));
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }

    [Fact]
    public async Task Resolution3_pause_on_aggregate_breach_still_pauses_after_a_headroom_change_was_approved()
    {
        // Approving #2 (sector headroom) is not approving #3: with the policy on, #3 must still pause.
        // Cash 100,000 → total 304,800; a 60,000 Financials buy: drift over the cap (#2), and
        // 40,000 / 304,800 = 0.1312 after all pending (#3).
        var h = new EngineHarness();
        var policy = ExecutionPolicy.Default with { PauseOnAggregateBreach = true };
        var report = new QaReportBuilder().ApprovedSector("Financials", 20m)
            .With(new TradeBuilder("T-001", "JPM").Sector("Financials").Account("ROTH-1").Size(60_000m).Price(226m));
        var first = await h.StartAsync(report.Build(), new PortfolioBuilder().Cash(100_000m).Build(), policy);
        Assert.Equal(EscalationType.SectorHeadroomChanged, first.AwaitedEscalation()!.Type);

        var second = await h.DecideAndContinueAsync(first, DecisionKind.Approve);

        Assert.Equal(RunStatus.AwaitingDecision, second.Header.Status);
        Assert.Equal(EscalationType.BufferWouldBreach, second.AwaitedEscalation()!.Type);
        Assert.Empty(h.Broker.Submissions);
    }
}
