using PortfolioOrchestrator.Domain.Inputs.CrossChecks;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Validation;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Domain.Tests.Inputs;

public sealed class QaReportReconciliationTests
{
    private static readonly DateTimeOffset AfterApproval = Examples.At(2026, 11, 24, 13, 30);

    private static PortfolioBuilder InformationTechnology() => new PortfolioBuilder().WithoutPositions()
        .WithPosition("AAPL", "TAXABLE-1", "Information Technology", 100m, 190m)
        .WithPosition("JNJ", "TAXABLE-1", "Healthcare", 400m, 155m)
        .WithPosition("XOM", "ROTH-1", "Energy", 500m, 112m)
        .WithPosition("JPM", "ROTH-1", "Financials", 300m, 226m);

    private static QaReport Reconcile(QaReportBuilder report, PortfolioBuilder? portfolio = null, DateTimeOffset? now = null) =>
        QaReportReconciliation.Apply((portfolio ?? new PortfolioBuilder()).Build(), report.Build(), now ?? AfterApproval);

    [Fact]
    public void Resolution13_a_trade_and_the_qa_context_name_a_sector_as_portfolio_md_writes_it()
    {
        var report = Reconcile(new QaReportBuilder().WithoutApprovedSectors().ApprovedSector("Tech", 7.6m).With(new TradeBuilder().Sector("Technology")), InformationTechnology());

        Assert.Equal("Information Technology", report.Trades.Single().Sector!.Value.Value);
        Assert.Equal("Information Technology", report.PortfolioContext.SectorAllocations.Keys.Single().Value);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Resolution13_a_trade_on_a_ticker_held_under_another_sector_takes_portfolio_mds_sector_with_a_warning()
    {
        var report = Reconcile(new QaReportBuilder().With(new TradeBuilder("T-001", "JPM").Account("ROTH-1").Sector("Technology")));

        Assert.Equal("Financials", report.Trades.Single().Sector!.Value.Value);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("Trade T-001 (JPM) names sector Technology, but PORTFOLIO.md holds JPM under Financials: Financials is used", warning);
    }

    [Fact]
    public void Resolution13_a_sector_in_neither_portfolio_md_nor_the_qa_context_is_a_new_sector_with_a_warning()
    {
        var report = Reconcile(new QaReportBuilder().With(new TradeBuilder("T-001", "NVDA").Sector("Semiconductors")));

        var warning = Assert.Single(report.Warnings);
        Assert.StartsWith("Trade T-001 (NVDA) is in sector Semiconductors, which neither PORTFOLIO.md nor the QA report's portfolio_context holds: a new sector", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution13_a_new_sector_the_qa_context_names_is_no_new_sector_but_its_drift_cannot_be_measured()
    {
        var report = Reconcile(new QaReportBuilder().ApprovedSector("Utilities", 0m).With(new TradeBuilder("T-001", "NEE").Sector("Utilities")));

        var warning = Assert.Single(report.Warnings);
        Assert.Equal("The QA report's portfolio_context names sector Utilities (0.00%), which PORTFOLIO.md does not hold: its drift since approval cannot be measured", warning);
    }

    [Fact]
    public void Resolution13_trades_that_are_not_approved_are_renamed_but_not_warned_about()
    {
        var report = Reconcile(new QaReportBuilder().With(new TradeBuilder("T-001", "NVDA").Sector("Semiconductors").NotApproved()));

        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Resolution14_a_gate_that_is_no_qa_gate_is_a_warning_naming_the_trade()
    {
        var report = Reconcile(new QaReportBuilder().With(new TradeBuilder().Gate("APROVED_FOR_EXECUTION"), new TradeBuilder("T-002", "AAPL").Gate("Needs Review"), new TradeBuilder("T-003", "JNJ").Sector("Healthcare").Gate("approved for execution")));

        var warning = Assert.Single(report.Warnings);
        Assert.StartsWith("Trade T-001 (MSFT) has gate \"APROVED_FOR_EXECUTION\", which is not a QA gate (APPROVED_FOR_EXECUTION, REJECTED, PENDING, NEEDS_REVIEW, REVISE_AND_RESUBMIT, DEFERRED, HOLD): it is NOT_APPROVED and is not sent", warning, StringComparison.Ordinal);
        Assert.Equal([false, false, true], report.Trades.Select(t => t.IsApproved));
    }

    [Theory]
    [InlineData(45_225, 249_800, 0)]
    [InlineData(45_226, 249_800, 1)]
    [InlineData(44_774, 251_049, 1)]
    [InlineData(44_000, 240_000, 2)]
    public void Resolution23_qa_context_cash_or_total_value_more_than_half_a_percent_away_from_portfolio_md_is_a_warning(int cash, int totalValue, int warnings)
    {
        var built = new QaReportBuilder().Build();
        var report = built with { PortfolioContext = built.PortfolioContext with { TotalCash = Money.FromDollars(cash), TotalValue = Money.FromDollars(totalValue) } };

        var reconciled = QaReportReconciliation.Apply(new PortfolioBuilder().Build(), report, AfterApproval);

        Assert.Equal(warnings, reconciled.Warnings.Count);
        Assert.All(reconciled.Warnings, w => Assert.Contains("more than 0.5%", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Resolution23_the_context_warning_says_both_figures_and_how_far_apart()
    {
        var built = new QaReportBuilder().Build();
        var report = built with { PortfolioContext = built.PortfolioContext with { TotalCash = Money.FromDollars(44_000m) } };

        var warning = Assert.Single(QaReportReconciliation.Apply(new PortfolioBuilder().Build(), report, AfterApproval).Warnings);

        Assert.Equal("The QA report's portfolio_context total_cash $44,000.00 differs from PORTFOLIO.md's $45,000.00 (2.22% apart), more than 0.5%: QA approved against other figures than this run uses", warning);
    }

    [Theory]
    [InlineData(13, 5, false)]
    [InlineData(12, 56, false)]
    [InlineData(12, 54, true)]
    public void Resolution23_an_approval_timestamp_beyond_five_minutes_in_the_future_is_a_warning(int hour, int minute, bool warned)
    {
        var report = Reconcile(new QaReportBuilder(), now: Examples.At(2026, 11, 24, hour, minute));

        Assert.Equal(warned, report.Warnings.Any(w => w == "Trade T-001 (MSFT) was approved at 2026-11-24T13:00:00-05:00, in the future (now is " + $"2026-11-24T{hour:00}:{minute:00}:00-05:00)"));
        Assert.Equal(warned ? 1 : 0, report.Warnings.Count);
    }

    [Fact]
    public void Resolution13_validate_lists_the_warnings_a_run_records()
    {
        var report = new QaReportBuilder().With(new TradeBuilder("T-001", "JPM").Account("ROTH-1").Sector("Technology").Gate("approved_for_execution")).Build();
        var portfolio = new PortfolioBuilder().Build();

        var verdict = PreExecutionValidation.Evaluate(portfolio, report, ExecutionPolicy.Default, new WeekdayCalendar(), AfterApproval);

        Assert.Contains("Trade T-001 (JPM) names sector Technology, but PORTFOLIO.md holds JPM under Financials: Financials is used", verdict.Warnings);
        Assert.True(Assert.Single(verdict.Queue).IsApproved);
    }
}
