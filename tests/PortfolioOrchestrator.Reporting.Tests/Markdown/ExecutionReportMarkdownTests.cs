using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Routing;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Markdown;

public sealed class ExecutionReportMarkdownTests
{
    [Fact]
    public void The_report_has_every_item_of_step_7()
    {
        var run = new RunBuilder()
            .Trade(RunBuilder.Executed("T-001").WithFlag(TradeFlag.Slippage))
            .Trade(RunBuilder.WithStatus("T-002", TradeStatus.Halted, sequence: 1, reason: "buffer would breach"))
            .Escalate(RunBuilder.Escalation("ESC-1", EscalationType.BufferWouldBreach, EscalationStatus.Noted, false, "T-002"))
            .Build();

        var md = ExecutionReportMarkdown.Render(ExecutionReportBuilder.Build(run, new WeekdayCalendar()));

        Assert.Contains("Execution timestamp: 2026-11-24 13:40:00 -05:00", md, StringComparison.Ordinal);
        Assert.Contains("## Trades executed", md, StringComparison.Ordinal);
        Assert.Contains("| T-001 | MSFT | BUY | $5,000.00 | $410.74 |", md, StringComparison.Ordinal);
        Assert.Contains("TAXABLE-1", md, StringComparison.Ordinal);
        Assert.Contains("## Trades halted", md, StringComparison.Ordinal);
        Assert.Contains("T-002 MSFT ($5,000.00, TAXABLE-1): HALTED — buffer would breach", md, StringComparison.Ordinal);
        Assert.Contains("## Sector allocations post-execution", md, StringComparison.Ordinal);
        Assert.Contains("| Financials | 27.10% | PASS |", md, StringComparison.Ordinal);
        Assert.Contains("## Cash position post-execution", md, StringComparison.Ordinal);
        Assert.Contains("$40,000.00", md, StringComparison.Ordinal);
        Assert.Contains("## Buffer status post-execution", md, StringComparison.Ordinal);
        Assert.Contains("**PASS**", md, StringComparison.Ordinal);
        Assert.Contains("## Slippage notes", md, StringComparison.Ordinal);
        Assert.Contains("+12 bps", md, StringComparison.Ordinal);
        Assert.Contains("## Escalations", md, StringComparison.Ordinal);
        Assert.Contains("ESC-1 — BUFFER_WOULD_BREACH (#3)", md, StringComparison.Ordinal);
        Assert.Contains("## Next review date\n\n2026-11-25", md, StringComparison.Ordinal);
        Assert.Contains("## Caveats", md, StringComparison.Ordinal);
        Assert.Contains("## Warnings", md, StringComparison.Ordinal);
        Assert.Contains("## Routing", md, StringComparison.Ordinal);
        Assert.Contains("Master-Architect: to-master-architect.md", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution22_the_market_price_at_submission_and_its_slippage_are_in_the_slippage_notes_and_expiries_beside_protection()
    {
        var executed = RunBuilder.Executed("T-001");
        var run = new RunBuilder()
            .Trade(executed with
            {
                MarketPriceAtSubmission = Money.FromDollars(409.9m),
                MarketSlippageBps = 20.74m,
                StopLossOrder = executed.StopLossOrder! with { ExpiresAt = new DateTimeOffset(2027, 2, 22, 16, 15, 0, TimeSpan.FromHours(-5)) },
            })
            .Build();

        var md = ExecutionReportMarkdown.Render(ExecutionReportBuilder.Build(run, new WeekdayCalendar()));

        Assert.Contains("T-001 MSFT: market price at submission $409.90; +20.7 bps against it", md, StringComparison.Ordinal);
        Assert.Contains("(accepted, expires 2027-02-22 16:15:00 -05:00)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_blocking_escalation_shows_the_command_that_decides_it()
    {
        var run = new RunBuilder().Status(RunStatus.AwaitingDecision)
            .Escalate(RunBuilder.Escalation("ESC-7", EscalationType.BufferBreached))
            .Escalate(RunBuilder.Escalation("ESC-8", EscalationType.ExecutionFailed, EscalationStatus.Noted, blocking: false))
            .Build();

        var md = ExecutionReportMarkdown.Render(ExecutionReportBuilder.Build(run, new WeekdayCalendar()));

        Assert.Contains("po decide ESC-7 approve|defer|halt --by NAME", md, StringComparison.Ordinal);
        Assert.DoesNotContain("po decide ESC-8", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_with_nothing_executed_says_so()
    {
        var run = new RunBuilder().Status(RunStatus.Halted).Header(h => h with { PreExecution = null, PortfolioState = null }).Build();

        var md = ExecutionReportMarkdown.Render(ExecutionReportBuilder.Build(run, new WeekdayCalendar()));

        Assert.Contains("No trade was executed.", md, StringComparison.Ordinal);
        Assert.Contains("No trade was halted.", md, StringComparison.Ordinal);
        Assert.Contains("No escalation.", md, StringComparison.Ordinal);
        Assert.Contains("The run stopped before the pre-execution checks.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_in_the_report_is_escaped()
    {
        var md = ExecutionReportMarkdown.Render(HostileText.Report());

        HostileText.AssertSafe(md);
        Assert.Contains("\\<SCRIPT\\>ALERT(1)\\</SCRIPT\\>", md, StringComparison.Ordinal);
        Assert.Contains("ACC\\|EVIL", md, StringComparison.Ordinal);
        Assert.Contains("\\# Sector - injected item", md, StringComparison.Ordinal);
        Assert.Contains("by \\<b\\>MA\\</b\\>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_in_every_routed_message_is_escaped()
    {
        foreach (var message in RoutingPlan.For(HostileText.Report()))
        {
            HostileText.AssertSafe(message.Body);
        }
    }

    [Fact]
    public void A_backtick_in_an_escalation_id_cannot_close_the_command_block()
    {
        var run = new RunBuilder().Status(RunStatus.AwaitingDecision)
            .Escalate(RunBuilder.Escalation("ESC```x", EscalationType.BufferBreached) with { Id = EscalationId.Create("ESC```x") })
            .Build();

        var md = ExecutionReportMarkdown.Render(ExecutionReportBuilder.Build(run, new WeekdayCalendar()));

        Assert.Contains("````\npo decide ESC```x approve|defer|halt --by NAME\n````", md, StringComparison.Ordinal);
    }
}
