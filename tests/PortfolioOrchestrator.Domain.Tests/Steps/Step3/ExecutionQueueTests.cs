using PortfolioOrchestrator.Domain.Steps.Step3;

namespace PortfolioOrchestrator.Domain.Tests.Steps.Step3;

public sealed class ExecutionQueueTests
{
    [Fact]
    public void Step3A_approved_trades_by_approval_instant_ties_in_report_order_then_the_rest()
    {
        var report = new QaReportBuilder().With(
            new TradeBuilder("A", "A").ApprovedAt(Examples.At(2026, 11, 24, 13, 30)).Size(100m),
            new TradeBuilder("B", "B").NotApproved(),
            new TradeBuilder("C", "C").ApprovedAt(Examples.At(2026, 11, 24, 13, 0)).Size(9_000m),
            new TradeBuilder("D", "D").ApprovedAt(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero)).Size(50m),
            new TradeBuilder("E", "E").ApprovedAt(Examples.At(2026, 11, 24, 12, 0)).NotApproved()).Build();

        var queue = ExecutionQueue.Build(report.Trades);

        Assert.Equal(["C", "D", "A", "B", "E"], queue.Select(t => t.TradeId.Value));
    }
}
