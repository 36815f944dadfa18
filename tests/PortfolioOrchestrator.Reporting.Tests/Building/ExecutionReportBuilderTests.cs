using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Building;

public sealed class ExecutionReportBuilderTests
{
    private static readonly WeekdayCalendar Calendar = new();

    [Fact]
    public void Header_fields_come_from_the_run()
    {
        var report = ExecutionReportBuilder.Build(new RunBuilder().Trade(RunBuilder.Executed("T-001")).Build(), Calendar);

        Assert.Equal("run-1", report.RunId);
        Assert.Equal("QA-2026-11-24-001", report.ReportId);
        Assert.Equal("COMPLETED", report.Status);
        Assert.Equal("paper", report.Broker);
        Assert.Equal(RunBuilder.Start, report.ExecutionTimestamp);
        Assert.Equal(RunBuilder.Start.AddMinutes(2), report.CompletedAt);
        Assert.Equal("CURRENT", report.PortfolioState);
        Assert.Equal(0, report.TradingDaysElapsed);
        Assert.Equal(1.5m, report.PortfolioAgeHours);
        Assert.Equal("NOT_NEEDED", report.Refresh);
    }

    [Fact]
    public void Pre_execution_is_reported_in_dollars_and_fractions()
    {
        var pre = ExecutionReportBuilder.Build(new RunBuilder().Build(), Calendar).PreExecution!;

        Assert.Equal(5_000m, pre.TotalPendingDollars);
        Assert.Equal(40_000m, pre.CashAfterAllPending);
        Assert.Equal(0.1601281025m, pre.BufferAfterAllPending);
        Assert.Equal("HEALTHY", pre.BufferStatus);
        var flag = Assert.Single(pre.SectorFlags);
        Assert.Equal("Technology", flag.Sector);
        Assert.Equal(0.076m, flag.ApprovedAllocation);
        Assert.Equal(0.096m, flag.ProjectedAllocation);
        Assert.Equal(5_000m, flag.PendingBuys);
        Assert.False(flag.ExceedsCap);
    }

    [Fact]
    public void A_run_stopped_before_step_2_has_no_portfolio_state_and_no_pre_execution()
    {
        var run = new RunBuilder().Status(RunStatus.AwaitingDecision).Header(h => h with { PortfolioState = null, PreExecution = null, CompletedAt = null }).Build();

        var report = ExecutionReportBuilder.Build(run, Calendar);

        Assert.Null(report.PortfolioState);
        Assert.Null(report.PreExecution);
        Assert.Null(report.CompletedAt);
        Assert.Equal("AWAITING_DECISION", report.Status);
    }

    [Fact]
    public void Trades_are_listed_in_queue_order()
    {
        var run = new RunBuilder()
            .Trade(RunBuilder.WithStatus("T-003", TradeStatus.Halted, sequence: 2))
            .Trade(RunBuilder.Executed("T-001", sequence: 0))
            .Trade(RunBuilder.WithStatus("T-002", TradeStatus.ExecutionFailed, sequence: 1))
            .Build();

        var report = ExecutionReportBuilder.Build(run, Calendar);

        Assert.Equal(["T-001", "T-002", "T-003"], report.Trades.Select(t => t.TradeId));
    }

    [Fact]
    public void An_executed_trade_reports_its_fill_slippage_buffer_and_protective_orders()
    {
        var report = ExecutionReportBuilder.Build(new RunBuilder().Trade(RunBuilder.Executed("T-001").WithFlag(TradeFlag.Slippage)).Build(), Calendar);

        var trade = Assert.Single(report.Trades);
        Assert.Equal("MSFT", trade.Ticker);
        Assert.Equal("BUY", trade.Side);
        Assert.Equal("TAXABLE-1", trade.Account);
        Assert.Equal("Technology", trade.Sector);
        Assert.Equal(5_000m, trade.SizeDollars);
        Assert.Equal("EXECUTED", trade.Status);
        Assert.Equal("HIGH", trade.Conviction);
        Assert.Equal(RunBuilder.Start.AddMinutes(-40), trade.ApprovalTimestamp);
        Assert.StartsWith("po-", trade.ClientOrderId, StringComparison.Ordinal);
        Assert.Equal(410.74m, trade.ExecutionPrice);
        Assert.Equal(12.173m, trade.ExecutionQuantity);
        Assert.Equal(5_000m, trade.FilledDollars);
        Assert.Equal(RunBuilder.Start.AddMinutes(1), trade.ExecutionTimestamp);
        Assert.Equal(12m, trade.SlippageBps);
        Assert.Equal(0.1601281025m, trade.BufferAfter);
        Assert.Equal(["SLIPPAGE"], trade.Flags);

        var stop = trade.StopLossOrder!;
        Assert.Equal("stop", stop.Type);
        Assert.Equal(380m, stop.StopPrice);
        Assert.Null(stop.LimitPrice);
        Assert.Equal(12.173m, stop.Quantity);
        Assert.Equal("accepted", stop.Status);
        Assert.EndsWith("-sl", stop.ClientOrderId, StringComparison.Ordinal);
        Assert.Equal(["limit", "limit"], trade.ProfitTargetOrders.Select(o => o.Type));
        Assert.Equal([450m, 480m], trade.ProfitTargetOrders.Select(o => o.LimitPrice!.Value));
        Assert.Equal(["accepted", "filled"], trade.ProfitTargetOrders.Select(o => o.Status));
    }

    [Fact]
    public void A_trade_not_sent_keeps_its_reason_and_has_no_fill()
    {
        var failed = RunBuilder.WithStatus("T-002", TradeStatus.ExecutionFailed, reason: "insufficient buying power");
        var earlier = RunBuilder.WithStatus("T-003", TradeStatus.AlreadyExecuted, sequence: 1) with { EarlierRunId = RunId.Create("run-0") };
        var unprotected = RunBuilder.Executed("T-004", sequence: 2) with { StopLossOrder = null, ProfitTargetOrders = [], Unprotected = ["stop-loss refused"] };

        var trades = ExecutionReportBuilder.Build(new RunBuilder().Trade(failed).Trade(earlier).Trade(unprotected.WithFlag(TradeFlag.Unprotected)).Build(), Calendar).Trades;

        Assert.Equal("EXECUTION_FAILED", trades[0].Status);
        Assert.Equal("insufficient buying power", trades[0].Reason);
        Assert.Null(trades[0].ExecutionPrice);
        Assert.Null(trades[0].StopLossOrder);
        Assert.Empty(trades[0].ProfitTargetOrders);
        Assert.Equal("ALREADY_EXECUTED", trades[1].Status);
        Assert.Equal("run-0", trades[1].EarlierRunId);
        Assert.Equal(["stop-loss refused"], trades[2].Unprotected);
        Assert.Equal(["UNPROTECTED"], trades[2].Flags);
    }

    [Fact]
    public void A_sell_is_reported_as_a_sell()
    {
        var sell = RunBuilder.WithStatus("T-009", TradeStatus.Executed) with { Trade = RunBuilder.QaTrade("T-009") with { Side = TradeSide.Sell } };

        Assert.Equal("SELL", Assert.Single(ExecutionReportBuilder.Build(new RunBuilder().Trade(sell).Build(), Calendar).Trades).Side);
    }

    [Fact]
    public void Queued_trades_show_halted_while_paused_and_queued_while_running()
    {
        var paused = new RunBuilder().Status(RunStatus.AwaitingDecision).Trade(RunBuilder.WithStatus("T-002", TradeStatus.Queued)).Build();
        var running = new RunBuilder().Status(RunStatus.Running).Trade(RunBuilder.WithStatus("T-002", TradeStatus.Queued)).Build();

        Assert.Equal("HALTED", ExecutionReportBuilder.Build(paused, Calendar).Trades[0].Status);
        Assert.Equal("QUEUED", ExecutionReportBuilder.Build(running, Calendar).Trades[0].Status);
        Assert.Equal("RUNNING", ExecutionReportBuilder.Build(running, Calendar).Status);
    }

    [Fact]
    public void Post_execution_figures_come_from_steps_5_and_6()
    {
        var report = ExecutionReportBuilder.Build(new RunBuilder().Build(), Calendar);

        Assert.Equal(40_000m, report.CashAfter);
        Assert.Equal(0.1601281025m, report.BufferAfter);
        Assert.Equal("PASS", report.BufferCheck);
        Assert.Equal(["Technology", "Financials"], report.SectorsAfter.Select(s => s.Sector));
        Assert.Equal([0.096m, 0.271m], report.SectorsAfter.Select(s => s.Allocation));
        Assert.All(report.SectorsAfter, s => Assert.Equal("PASS", s.Status));
    }

    [Fact]
    public void Sectors_before_are_portfolio_md_positions_over_its_total_value()
    {
        var report = ExecutionReportBuilder.Build(new RunBuilder().Build(), new WeekdayCalendar());

        Assert.Equal(["Technology", "Financials"], report.SectorsBefore.Select(s => s.Sector));
        Assert.Equal([0.07606084868m, 0.2714171337m], report.SectorsBefore.Select(s => s.Allocation));
    }

    [Fact]
    public void A_failed_sector_and_buffer_are_reported_as_failing()
    {
        var run = new RunBuilder().Header(h => h with
        {
            PostExecution = new PostExecutionSummary(
                [new SectorAfter(SectorName.Create("Energy"), Ratio.FromFraction(0.36m), false)],
                Money.FromDollars(20_000m),
                Ratio.FromFraction(0.08m),
                BufferCheck.Fail),
        }).Build();

        var report = ExecutionReportBuilder.Build(run, Calendar);

        Assert.Equal("FAIL", Assert.Single(report.SectorsAfter).Status);
        Assert.Equal("FAIL", report.BufferCheck);
    }

    [Fact]
    public void Before_step_6_the_report_shows_the_running_cash_and_sectors_with_the_fills_so_far()
    {
        var run = new RunBuilder()
            .Status(RunStatus.AwaitingDecision)
            .Header(h => h with { PostExecution = null, RunningCash = Money.FromDollars(29_000m) })
            .Trade(RunBuilder.Executed("T-001"))
            .Trade(RunBuilder.WithStatus("T-002", TradeStatus.Halted, sequence: 1))
            .Build();

        var report = ExecutionReportBuilder.Build(run, Calendar);

        Assert.Equal(29_000m, report.CashAfter);
        Assert.Equal(0.1160928743m, report.BufferAfter);
        Assert.Equal("FAIL", report.BufferCheck);
        var technology = report.SectorsAfter.Single(s => s.Sector == "Technology");
        Assert.Equal(0.09607686149m, technology.Allocation);
        Assert.Equal("PASS", technology.Status);
    }

    [Fact]
    public void Escalations_carry_their_number_status_and_decision()
    {
        var decided = RunBuilder.Escalation("ESC-2", EscalationType.BufferBreached, EscalationStatus.Approved, true, "T-002") with
        {
            Decision = new Decision(DecisionKind.Approve, "Master-Architect", "proceed", RunBuilder.Start.AddMinutes(5)),
        };
        var run = new RunBuilder()
            .Escalate(RunBuilder.Escalation("ESC-1", EscalationType.RefreshDelayed, EscalationStatus.Noted, blocking: false))
            .Escalate(decided)
            .Build();

        var escalations = ExecutionReportBuilder.Build(run, Calendar).Escalations;

        Assert.Equal("REFRESH_DELAYED", escalations[0].Type);
        Assert.Null(escalations[0].Number);
        Assert.Equal("NOTED", escalations[0].Status);
        Assert.False(escalations[0].Blocking);
        Assert.Null(escalations[0].Decision);
        Assert.Equal("BUFFER_BREACHED", escalations[1].Type);
        Assert.Equal(4, escalations[1].Number);
        Assert.Equal("STEP 3C", escalations[1].Step);
        Assert.Equal(["T-002"], escalations[1].TradeIds);
        Assert.Equal("APPROVED", escalations[1].Status);
        Assert.Equal("approve", escalations[1].Decision!.Kind);
        Assert.Equal("Master-Architect", escalations[1].Decision!.By);
        Assert.Equal("proceed", escalations[1].Decision!.Note);
    }

    [Fact]
    public void Caveats_are_kept_and_warnings_merge_the_portfolios_own_once()
    {
        var run = new RunBuilder().Header(h => h.WithCaveat("Portfolio data >2 hours old") with
        {
            Warnings = ["Sector table differs from positions for Energy", "Other"],
        }).Build();

        var report = ExecutionReportBuilder.Build(run, Calendar);

        Assert.Equal(["Portfolio data >2 hours old"], report.Caveats);
        Assert.Equal(["Sector table differs from positions for Energy", "Other"], report.Warnings);
    }

    [Fact]
    public void Monitoring_dates_are_sessions_after_the_run_date()
    {
        // Tuesday 2026-11-24; New Year's Day 2027 is a Friday and closed.
        var report = ExecutionReportBuilder.Build(new RunBuilder().Build(), new WeekdayCalendar(new DateOnly(2027, 1, 1)));

        Assert.Equal(new DateOnly(2026, 11, 25), report.MonitoringSchedule.DailyCheck);
        Assert.Equal(new DateOnly(2026, 11, 30), report.MonitoringSchedule.WeeklyRebalancingReview);
        Assert.Equal(new DateOnly(2027, 1, 4), report.MonitoringSchedule.QuarterlyThesisValidation);
        Assert.Equal(new DateOnly(2026, 11, 25), report.NextReviewDate);
    }

    [Theory]
    [InlineData("2026-11-27T15:00:00-05:00", "2026-11-30", "2026-11-30")] // Friday
    [InlineData("2026-11-29T15:00:00-05:00", "2026-11-30", "2026-11-30")] // Sunday
    [InlineData("2026-11-30T15:00:00-05:00", "2026-12-01", "2026-12-07")] // Monday
    [InlineData("2026-11-25T02:00:00Z", "2026-11-25", "2026-11-30")] // Tuesday evening in New York
    public void Daily_and_weekly_checks_follow_the_new_york_date(string completed, string daily, string weekly)
    {
        var run = new RunBuilder().Header(h => h with { CompletedAt = DateTimeOffset.Parse(completed, System.Globalization.CultureInfo.InvariantCulture) }).Build();

        var schedule = ExecutionReportBuilder.Build(run, Calendar).MonitoringSchedule;

        Assert.Equal(DateOnly.Parse(daily, System.Globalization.CultureInfo.InvariantCulture), schedule.DailyCheck);
        Assert.Equal(DateOnly.Parse(weekly, System.Globalization.CultureInfo.InvariantCulture), schedule.WeeklyRebalancingReview);
    }

    [Fact]
    public void The_engines_next_review_date_wins_when_it_set_one()
    {
        var run = new RunBuilder().Header(h => h with { NextReviewDate = new DateOnly(2026, 12, 1) }).Build();

        Assert.Equal(new DateOnly(2026, 12, 1), ExecutionReportBuilder.Build(run, Calendar).NextReviewDate);
    }

    [Fact]
    public void Stop_loss_tracking_lists_the_protective_orders_still_working()
    {
        var report = ExecutionReportBuilder.Build(new RunBuilder().Trade(RunBuilder.Executed("T-001")).Build(), Calendar);

        var tracking = report.MonitoringSchedule.StopLossAndTargetTracking;
        Assert.Equal("daily", tracking.Frequency);
        Assert.Equal(2, tracking.OpenOrderIds.Count);
        Assert.EndsWith("-sl", tracking.OpenOrderIds[0], StringComparison.Ordinal);
        Assert.EndsWith("-tp1", tracking.OpenOrderIds[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Routing_is_filled_in_by_the_builder()
    {
        var report = ExecutionReportBuilder.Build(new RunBuilder().Build(), Calendar);

        Assert.Equal(["Quality-Assurance", "Client"], report.Routing.Select(r => r.Recipient));
        Assert.Equal(["to-quality-assurance.md", "to-client.md"], report.Routing.Select(r => r.File));
    }

    [Fact]
    public void Every_order_status_of_a_protective_order_is_reported()
    {
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            var trade = RunBuilder.Executed("T-001") with
            {
                StopLossOrder = RunBuilder.Executed("T-001").StopLossOrder! with { Status = status },
            };

            var report = ExecutionReportBuilder.Build(new RunBuilder().Trade(trade).Build(), Calendar);

            Assert.Equal(ContractNames.Of(status), report.Trades[0].StopLossOrder!.Status);
        }
    }
}
