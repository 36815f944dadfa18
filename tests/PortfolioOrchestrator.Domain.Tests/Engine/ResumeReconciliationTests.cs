using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Testing.Broker;

namespace PortfolioOrchestrator.Domain.Tests.Engine;

/// <summary>CONTRACT Resolution 12: resume reconciles with the broker before anything else.</summary>
public sealed class ResumeReconciliationTests
{
    private static TradeBuilder Buy(string id, string ticker, decimal size) => new TradeBuilder(id, ticker).Size(size).WithoutProtection();

    /// <summary>T-001 executes, then the run pauses before T-002 (45,000 − 8,000 = 37,000 marginal; next would be 29,000 &lt; 0.12).</summary>
    private static async Task<(EngineHarness Harness, RunSnapshot Paused)> PausedAfterOneTradeAsync()
    {
        var h = new EngineHarness();
        var paused = await h.StartAsync(new QaReportBuilder().With(Buy("T-001", "AAA", 8_000m), Buy("T-002", "BBB", 8_000m)));
        Assert.Equal(RunStatus.AwaitingDecision, paused.Header.Status);
        return (h, paused);
    }

    private static ExecutionEngine EngineOver(EngineHarness h, InMemoryBroker broker) =>
        new(new EngineServices(broker, h.Journal, h.Refresher, h.Calendar, h.Clock, h.Clock));

    [Fact]
    public async Task Resolution12_resume_escalates_instead_of_trading_when_the_venue_has_no_record_of_an_executed_order()
    {
        var (h, paused) = await PausedAfterOneTradeAsync();
        await h.DecideAsync(paused.AwaitedEscalation()!.Id, DecisionKind.Approve);
        var emptyVenue = new InMemoryBroker(h.Clock);

        var resumed = await EngineOver(h, emptyVenue).ContinueAsync(paused.Header.RunId, CancellationToken.None);

        Assert.Empty(emptyVenue.Submissions);
        var mismatch = resumed.AwaitedEscalation()!;
        Assert.Equal(EscalationType.ReconciliationMismatch, mismatch.Type);
        Assert.True(mismatch.Blocking);
        Assert.Contains("T-001", mismatch.Trigger);
        Assert.Equal(["T-002"], mismatch.TradeIds.Select(t => t.Value));
        Assert.Equal(RunStatus.AwaitingDecision, resumed.Header.Status);
    }

    [Fact]
    public async Task Resolution12_approving_the_mismatch_accepts_the_venue_and_continues()
    {
        var (h, paused) = await PausedAfterOneTradeAsync();
        await h.DecideAsync(paused.AwaitedEscalation()!.Id, DecisionKind.Approve);
        var emptyVenue = new InMemoryBroker(h.Clock);
        var mismatched = await EngineOver(h, emptyVenue).ContinueAsync(paused.Header.RunId, CancellationToken.None);

        await h.DecideAsync(mismatched.AwaitedEscalation()!.Id, DecisionKind.Approve);
        var done = await EngineOver(h, emptyVenue).ContinueAsync(paused.Header.RunId, CancellationToken.None);

        Assert.Equal(RunPhase.Done, done.Header.Phase);
        Assert.Equal(["BBB"], emptyVenue.Submissions.Select(s => s.Ticker.Value));
    }

    [Fact]
    public async Task Resolution12_resume_with_a_venue_that_agrees_continues_without_escalation()
    {
        var (h, paused) = await PausedAfterOneTradeAsync();
        await h.DecideAsync(paused.AwaitedEscalation()!.Id, DecisionKind.Approve);

        var resumed = await h.ContinueAsync(paused.Header.RunId);

        Assert.DoesNotContain(resumed.Escalations, e => e.Type == EscalationType.ReconciliationMismatch);
        Assert.Equal(TradeStatus.Executed, resumed.Trade("T-002").Status);
        Assert.Equal(1, h.Broker.SubmitCount(resumed.Trade("T-001").ClientOrderId!.Value));
    }
}
