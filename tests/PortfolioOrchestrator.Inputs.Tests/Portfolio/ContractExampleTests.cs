using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Inputs.Tests.Portfolio;

public sealed class ContractExampleTests
{
    [Fact]
    public void Contract_example_portfolio_reads_to_the_exact_numbers()
    {
        var result = PortfolioMarkdownReader.Read(Samples.Portfolio, Samples.PortfolioFile);

        Assert.Empty(result.Problems);
        var portfolio = result.Value;
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 40, 0, TimeSpan.FromHours(-5)), portfolio.LastUpdated);
        Assert.Equal(TimeSpan.FromHours(-5), portfolio.LastUpdated.Offset);
        Assert.Equal(249_800.00m, portfolio.TotalValue.Dollars);
        Assert.Equal(45_000.00m, portfolio.TotalCash.Dollars);
        Assert.Equal(["TAXABLE-1", "ROTH-1"], portfolio.Accounts.Select(a => a.Account.Value));
        Assert.Equal(["Taxable", "Roth IRA"], portfolio.Accounts.Select(a => a.Type));
        Assert.Equal([30_000m, 15_000m], portfolio.Accounts.Select(a => a.Cash.Dollars));
        Assert.Equal(["AAPL", "JNJ", "XOM", "JPM"], portfolio.Positions.Select(p => p.Ticker.Value));
        Assert.Equal([100m, 400m, 500m, 300m], portfolio.Positions.Select(p => p.Quantity));
        Assert.Equal([190m, 155m, 112m, 226m], portfolio.Positions.Select(p => p.Price.Dollars));
        Assert.Equal([19_000m, 62_000m, 56_000m, 67_800m], portfolio.Positions.Select(p => p.MarketValue.Dollars));
        Assert.Equal(["TAXABLE-1", "TAXABLE-1", "ROTH-1", "ROTH-1"], portfolio.Positions.Select(p => p.Account.Value));
        Assert.Equal(["Technology", "Healthcare", "Energy", "Financials"], portfolio.Positions.Select(p => p.Sector.Value));
        Assert.Equal(4, portfolio.StatedSectors.Count);
        Assert.Equal(0.076m, portfolio.StatedSectors[0].Allocation!.Value.Fraction);
        Assert.Equal(19_000m, portfolio.StatedSectors[0].Value!.Value.Dollars);
        Assert.Empty(portfolio.Warnings);
        Assert.Equal(19_000m / 249_800m, portfolio.AllocationOf(SectorName.Create("technology")).Fraction);
    }

    [Fact]
    public void Contract_example_qa_report_reads_to_the_exact_numbers()
    {
        var result = QaReportReader.Read(Samples.Qa, Samples.QaFile);

        Assert.Empty(result.Problems);
        var report = result.Value;
        Assert.Equal("QA-2026-11-24-001", report.ReportId);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 13, 35, 0, TimeSpan.FromHours(-5)), report.GeneratedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 50, 0, TimeSpan.FromHours(-5)), report.PortfolioContext.AsOf);
        Assert.Equal(249_800m, report.PortfolioContext.TotalValue!.Value.Dollars);
        Assert.Equal(45_000m, report.PortfolioContext.TotalCash!.Value.Dollars);
        Assert.Equal(0.076m, report.PortfolioContext.SectorAllocations[SectorName.Create("Technology")].Fraction);
        var trade = Assert.Single(report.Trades);
        Assert.Equal("T-001", trade.TradeId.Value);
        Assert.Equal("MSFT", trade.Ticker.Value);
        Assert.Equal(Domain.QualityAssurance.TradeSide.Buy, trade.Side);
        Assert.Equal(5000m, trade.SizeDollars.Dollars);
        Assert.Equal("TAXABLE-1", trade.Account!.Value.Value);
        Assert.Equal("Technology", trade.Sector!.Value.Value);
        Assert.Equal("HIGH", trade.Conviction);
        Assert.True(trade.IsApproved);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.FromHours(-5)), trade.ApprovalTimestamp);
        Assert.Equal(410.25m, trade.LastKnownPrice!.Value.Dollars);
        Assert.Equal(380m, trade.StopLoss!.Price.Dollars);
        Assert.Equal([(450m, 50m), (480m, 50m)], trade.ProfitTargets.Select(t => (t.Price.Dollars, t.PercentOfPosition)));
        Assert.Equal(0, trade.ReportIndex);
    }

    [Fact]
    public void Contract_examples_pass_the_cross_check()
    {
        var portfolio = PortfolioMarkdownReader.Read(Samples.Portfolio, Samples.PortfolioFile).Value;
        var report = QaReportReader.Read(Samples.Qa, Samples.QaFile).Value;

        Assert.Empty(InputCrossCheck.Check(portfolio, report, Samples.QaFile));
    }
}
