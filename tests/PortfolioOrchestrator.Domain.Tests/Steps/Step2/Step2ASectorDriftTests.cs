using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step2;

public sealed class Step2ASectorDriftTests
{
    [Fact]
    public async Task Step2A_drift_above_two_points_is_flagged_without_escalation()
    {
        // Technology live: 19,000 / 249,800 = 7.606 %; approved at 5.0 % → 2.606 points of drift.
        // With the 5,000 buy it would be 24,000 / 249,800 = 9.6 %, far below the cap.
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder().ApprovedSector("Technology", 5.0m));

        var flag = Assert.Single(run.Header.PreExecution!.SectorFlags);
        Assert.Equal(SectorName.Create("Technology"), flag.Sector);
        Assert.False(flag.ExceedsCap);
        Assert.Equal(Dollars(5_000m), flag.PendingBuys);
        Assert.Equal(Buffer(24_000m), flag.ProjectedAllocation);
        Assert.Empty(run.Escalations);
        Assert.Equal(RunStatus.Completed, run.Header.Status);
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
    }

    [Theory]
    [InlineData(5.6, false)]
    [InlineData(5.59, true)]
    public async Task Step2A_drift_must_be_more_than_two_points(decimal approvedPercent, bool flagged)
    {
        // Total value 250,000 (cash 45,200): Technology is exactly 7.6 %.
        var h = new EngineHarness();

        var run = await h.StartAsync(new QaReportBuilder().ApprovedSector("Technology", approvedPercent), new PortfolioBuilder().Cash(45_200m));

        Assert.Equal(flagged, run.Header.PreExecution!.SectorFlags.Count == 1);
    }

    [Fact]
    public async Task Step2A_drift_that_would_exceed_cap_raises_sector_headroom_changed_and_pauses()
    {
        // Cash 100,000 → total 304,800. Financials 67,800 / 304,800 = 22.24 %, approved at 20 % (2.24 points up);
        // with a 40,000 buy it would reach 107,800 / 304,800 = 35.37 % > 35 %.
        var h = new EngineHarness();
        var report = new QaReportBuilder().ApprovedSector("Financials", 20m)
            .With(new TradeBuilder("T-001", "JPM").Sector("Financials").Account("ROTH-1").Size(40_000m).Price(226m));

        var run = await h.StartAsync(report, new PortfolioBuilder().Cash(100_000m));

        var flag = run.Header.PreExecution!.SectorFlags.Single(f => f.Sector == SectorName.Create("Financials"));
        Assert.True(flag.ExceedsCap);
        Assert.Equal(Buffer(107_800m, 304_800m), flag.ProjectedAllocation);
        var escalation = Assert.Single(run.Escalations);
        Assert.Equal(EscalationType.SectorHeadroomChanged, escalation.Type);
        Assert.True(escalation.Blocking);
        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
        Assert.Equal(escalation.Id, run.Header.AwaitingEscalation);
        Assert.Empty(h.Broker.Submissions);
    }

    [Fact]
    public async Task Step2A_approving_headroom_change_executes_and_step5_reports_the_cap_breach()
    {
        var h = new EngineHarness();
        var report = new QaReportBuilder().ApprovedSector("Financials", 20m)
            .With(new TradeBuilder("T-001", "JPM").Sector("Financials").Account("ROTH-1").Size(40_000m).Price(226m));
        var paused = await h.StartAsync(report, new PortfolioBuilder().Cash(100_000m));

        var run = await h.DecideAndContinueAsync(paused, DecisionKind.Approve);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Single(h.Broker.Submissions);
        Assert.Single(run.EscalationsOf(EscalationType.SectorHeadroomChanged));
        Assert.Single(run.EscalationsOf(EscalationType.SectorCapBreach));
        Assert.Equal(RunStatus.CompletedWithEscalations, run.Header.Status);
    }
}
