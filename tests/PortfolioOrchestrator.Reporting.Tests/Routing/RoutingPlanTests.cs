using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Routing;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Routing;

public sealed class RoutingPlanTests
{
    [Fact]
    public void A_clean_run_goes_to_quality_assurance_and_the_client()
    {
        var messages = Plan(new RunBuilder().Trade(RunBuilder.Executed("T-001")));

        Assert.Equal(["Quality-Assurance", "Client"], messages.Select(m => m.Recipient));
        Assert.Equal(["to-quality-assurance.md", "to-client.md"], messages.Select(m => m.FileName));
    }

    [Theory]
    [InlineData(TradeStatus.Halted)]
    [InlineData(TradeStatus.Deferred)]
    public void A_halted_or_deferred_trade_goes_to_the_stock_analyst(TradeStatus status)
    {
        var messages = Plan(new RunBuilder().Trade(RunBuilder.Executed("T-001")).Trade(RunBuilder.WithStatus("T-002", status, sequence: 1, reason: "held")));

        Assert.Equal(["Quality-Assurance", "Stock-Analyst", "Client"], messages.Select(m => m.Recipient));
        var body = messages.Single(m => m.Recipient == Recipients.StockAnalyst).Body;
        Assert.Contains("T-002", body, StringComparison.Ordinal);
        Assert.DoesNotContain("T-001", body, StringComparison.Ordinal);
        Assert.Contains("re-analys", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution6_a_trade_only_paused_is_not_sent_to_the_stock_analyst_and_the_client_is_told_it_is_not_decided()
    {
        var messages = Plan(new RunBuilder().Status(RunStatus.AwaitingDecision).Trade(RunBuilder.WithStatus("T-002", TradeStatus.Queued)));

        Assert.DoesNotContain(messages, m => m.Recipient == Recipients.StockAnalyst);
        var client = messages.Single(m => m.Recipient == Recipients.Client).Body;
        Assert.Contains("HALTED — paused, not decided: the run awaits a Master-Architect decision", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution6_a_deferred_trade_of_a_paused_run_still_goes_to_the_stock_analyst()
    {
        var messages = Plan(new RunBuilder().Status(RunStatus.AwaitingDecision)
            .Trade(RunBuilder.WithStatus("T-001", TradeStatus.Deferred, reason: "Deferred by Master-Architect"))
            .Trade(RunBuilder.WithStatus("T-002", TradeStatus.Queued, sequence: 1)));

        var body = messages.Single(m => m.Recipient == Recipients.StockAnalyst).Body;
        Assert.Contains("T-001", body, StringComparison.Ordinal);
        Assert.DoesNotContain("T-002", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TradeStatus.ExecutionFailed)]
    [InlineData(TradeStatus.NotApproved)]
    [InlineData(TradeStatus.PendingFill)]
    [InlineData(TradeStatus.AlreadyExecuted)]
    public void Other_unexecuted_trades_do_not_go_to_the_stock_analyst(TradeStatus status)
    {
        var messages = Plan(new RunBuilder().Trade(RunBuilder.WithStatus("T-002", status)));

        Assert.DoesNotContain(messages, m => m.Recipient == Recipients.StockAnalyst);
    }

    [Fact]
    public void Any_escalation_goes_to_the_master_architect_with_its_trigger_and_action()
    {
        var messages = Plan(new RunBuilder()
            .Status(RunStatus.CompletedWithEscalations)
            .Escalate(RunBuilder.Escalation("ESC-1", EscalationType.SectorCapBreach, EscalationStatus.Noted, blocking: false)));

        Assert.Equal(["Quality-Assurance", "Master-Architect", "Client"], messages.Select(m => m.Recipient));
        var body = messages.Single(m => m.Recipient == Recipients.MasterArchitect).Body;
        Assert.Contains("ESC-1", body, StringComparison.Ordinal);
        Assert.Contains("SECTOR_CAP_BREACH (#5)", body, StringComparison.Ordinal);
        Assert.Contains("Trigger: Buffer 11.5% after T-001", body, StringComparison.Ordinal);
        Assert.Contains("Action: HALT remaining, ESCALATE to MA", body, StringComparison.Ordinal);
        Assert.DoesNotContain("po decide", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_open_blocking_escalations_carry_the_decide_command()
    {
        var decided = RunBuilder.Escalation("ESC-3", EscalationType.BufferBreached, EscalationStatus.Approved) with
        {
            Decision = new Decision(DecisionKind.Approve, "MA", null, RunBuilder.Start),
        };
        var messages = Plan(new RunBuilder()
            .Status(RunStatus.AwaitingDecision)
            .Escalate(RunBuilder.Escalation("ESC-1", EscalationType.ExecutionFailed, EscalationStatus.Noted, blocking: false))
            .Escalate(RunBuilder.Escalation("ESC-2", EscalationType.BufferWouldBreach))
            .Escalate(decided));

        var body = messages.Single(m => m.Recipient == Recipients.MasterArchitect).Body;
        Assert.Contains("po decide ESC-2 approve|defer|halt --by NAME", body, StringComparison.Ordinal);
        Assert.DoesNotContain("po decide ESC-1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("po decide ESC-3", body, StringComparison.Ordinal);
        Assert.Contains("Decision: approve by MA", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_summary_lists_executed_trades_with_size_price_and_account()
    {
        var body = Plan(new RunBuilder().Trade(RunBuilder.Executed("T-001"))).Single(m => m.Recipient == Recipients.Client).Body;

        Assert.Contains("BUY MSFT: $5,000.00 at $410.74 in TAXABLE-1", body, StringComparison.Ordinal);
        Assert.Contains("Cash: $40,000.00", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_assurance_gets_every_trade_for_post_trade_analysis()
    {
        var body = Plan(new RunBuilder()
                .Trade(RunBuilder.Executed("T-001"))
                .Trade(RunBuilder.WithStatus("T-002", TradeStatus.ExecutionFailed, sequence: 1, reason: "rejected")))
            .Single(m => m.Recipient == Recipients.QualityAssurance).Body;

        Assert.Contains("| T-001 | MSFT | EXECUTED |", body, StringComparison.Ordinal);
        Assert.Contains("| T-002 | MSFT | EXECUTION_FAILED |", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reports_routing_names_the_planned_messages()
    {
        var report = ExecutionReportBuilder.Build(
            new RunBuilder().Escalate(RunBuilder.Escalation("ESC-1", EscalationType.NoFill, EscalationStatus.Noted, false)).Build(),
            new WeekdayCalendar());

        Assert.Equal(RoutingPlan.For(report).Select(m => (m.Recipient, m.FileName)), report.Routing.Select(r => (r.Recipient, r.File)));
    }

    private static IReadOnlyList<RoutedMessage> Plan(RunBuilder run) =>
        RoutingPlan.For(ExecutionReportBuilder.Build(run.Build(), new WeekdayCalendar()));
}
