using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Json;

public sealed partial class ExecutionReportJsonTests
{
    private static readonly string[] TopLevel =
    [
        "run_id", "report_id", "status", "broker", "execution_timestamp", "completed_at", "portfolio_state",
        "trading_days_elapsed", "portfolio_age_hours", "refresh", "executed_on_portfolio", "pre_execution", "trades", "sectors_before", "sectors_after",
        "cash_after", "buffer_after", "buffer_check", "escalations", "caveats", "warnings", "next_review_date",
        "monitoring_schedule", "routing",
    ];

    private static readonly string[] TradeFields =
    [
        "trade_id", "ticker", "side", "account", "venue", "sector", "size_dollars", "status", "conviction", "approval_timestamp",
        "client_order_id", "execution_price", "execution_quantity", "filled_dollars", "execution_timestamp", "slippage_bps",
        "market_price_at_submission", "market_slippage_bps", "buffer_after", "flags", "stop_loss_order", "additional_stop_loss_orders", "profit_target_orders", "unprotected", "reason", "earlier_run_id",
    ];

    [Fact]
    public void Top_level_fields_are_the_contracts_in_order()
    {
        using var json = Parse(FullReport());

        Assert.Equal(TopLevel, json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Scalars_have_the_contracts_kinds()
    {
        using var json = Parse(FullReport());
        var root = json.RootElement;

        foreach (var name in new[] { "run_id", "report_id", "status", "broker", "portfolio_state", "refresh", "buffer_check" })
        {
            Assert.Equal(JsonValueKind.String, root.GetProperty(name).ValueKind);
        }

        AssertInstant(root.GetProperty("execution_timestamp"));
        AssertInstant(root.GetProperty("completed_at"));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("trading_days_elapsed").ValueKind);
        Assert.Equal(1.5m, root.GetProperty("portfolio_age_hours").GetDecimal());
        Assert.Equal(40_000m, root.GetProperty("cash_after").GetDecimal());
        AssertFraction(root.GetProperty("buffer_after"));
        Assert.Matches(DateOnlyPattern(), root.GetProperty("next_review_date").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("caveats").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public void Pre_execution_holds_dollars_fractions_and_sector_flags()
    {
        using var json = Parse(FullReport());
        var pre = json.RootElement.GetProperty("pre_execution");

        Assert.Equal(["total_pending_dollars", "cash_after_all_pending", "buffer_after_all_pending", "buffer_status", "sector_flags"], pre.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5_000m, pre.GetProperty("total_pending_dollars").GetDecimal());
        AssertFraction(pre.GetProperty("buffer_after_all_pending"));
        Assert.Equal("HEALTHY", pre.GetProperty("buffer_status").GetString());
        var flag = pre.GetProperty("sector_flags")[0];
        Assert.Equal(
            ["sector", "approved_allocation", "live_allocation", "drift_pp", "pending_buys", "projected_allocation", "exceeds_cap", "message"],
            flag.EnumerateObject().Select(p => p.Name));
        AssertFraction(flag.GetProperty("approved_allocation"));
        AssertFraction(flag.GetProperty("live_allocation"));
        AssertFraction(flag.GetProperty("projected_allocation"));
        Assert.Equal(JsonValueKind.False, flag.GetProperty("exceeds_cap").ValueKind);
    }

    [Fact]
    public void Trades_have_every_contract_field_with_its_kind()
    {
        using var json = Parse(FullReport());
        var trade = json.RootElement.GetProperty("trades")[0];

        Assert.Equal(TradeFields, trade.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5_000m, trade.GetProperty("size_dollars").GetDecimal());
        Assert.Equal(410.74m, trade.GetProperty("execution_price").GetDecimal());
        Assert.Equal(12.173m, trade.GetProperty("execution_quantity").GetDecimal());
        Assert.Equal(5_000m, trade.GetProperty("filled_dollars").GetDecimal());
        Assert.Equal(12m, trade.GetProperty("slippage_bps").GetDecimal());
        AssertFraction(trade.GetProperty("buffer_after"));
        AssertInstant(trade.GetProperty("approval_timestamp"));
        AssertInstant(trade.GetProperty("execution_timestamp"));
        Assert.Equal(["SLIPPAGE"], trade.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));

        var stop = trade.GetProperty("stop_loss_order");
        Assert.Equal(["client_order_id", "type", "quantity", "stop_price", "limit_price", "status", "expires_at"], stop.EnumerateObject().Select(p => p.Name));
        Assert.Equal("stop", stop.GetProperty("type").GetString());
        Assert.Equal(380m, stop.GetProperty("stop_price").GetDecimal());
        var target = trade.GetProperty("profit_target_orders")[0];
        Assert.Equal("limit", target.GetProperty("type").GetString());
        Assert.Equal(450m, target.GetProperty("limit_price").GetDecimal());
        Assert.Equal("accepted", target.GetProperty("status").GetString());
    }

    [Fact]
    public void Resolution22_a_trade_reports_its_market_price_at_submission_and_the_slippage_against_it()
    {
        var expires = new DateTimeOffset(2027, 2, 22, 21, 15, 0, TimeSpan.Zero);
        var executed = RunBuilder.Executed("T-001");
        var run = new RunBuilder()
            .Trade(executed with
            {
                MarketPriceAtSubmission = Money.FromDollars(410.5m),
                MarketSlippageBps = 5.85m,
                StopLossOrder = executed.StopLossOrder! with { ExpiresAt = expires },
            })
            .Trade(RunBuilder.WithStatus("T-002", TradeStatus.ExecutionFailed, sequence: 1, reason: "rejected"))
            .Build();

        using var json = Parse(ExecutionReportBuilder.Build(run, new WeekdayCalendar()));
        var trade = json.RootElement.GetProperty("trades")[0];
        var failed = json.RootElement.GetProperty("trades")[1];

        Assert.Equal(410.5m, trade.GetProperty("market_price_at_submission").GetDecimal());
        Assert.Equal(5.85m, trade.GetProperty("market_slippage_bps").GetDecimal());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("market_price_at_submission").ValueKind);
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("market_slippage_bps").ValueKind);
        Assert.Equal(expires, trade.GetProperty("stop_loss_order").GetProperty("expires_at").GetDateTimeOffset());
    }

    [Fact]
    public void Absent_values_are_written_as_null_so_every_field_is_present()
    {
        using var json = Parse(FullReport());
        var failed = json.RootElement.GetProperty("trades")[1];

        Assert.Equal(TradeFields, failed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("execution_price").ValueKind);
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("stop_loss_order").ValueKind);
        Assert.Equal("EXECUTION_FAILED", failed.GetProperty("status").GetString());
    }

    [Fact]
    public void Sectors_after_and_escalations_have_the_contracts_fields()
    {
        using var json = Parse(FullReport());
        var root = json.RootElement;

        var sector = root.GetProperty("sectors_after")[0];
        Assert.Equal(["sector", "allocation", "status"], sector.EnumerateObject().Select(p => p.Name));
        AssertFraction(sector.GetProperty("allocation"));
        var escalation = root.GetProperty("escalations")[0];
        Assert.Equal(
            ["id", "type", "number", "step", "trigger", "trade_ids", "action", "status", "blocking", "raised_at", "decision"],
            escalation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("BUFFER_BREACHED", escalation.GetProperty("type").GetString());
        Assert.Equal(4, escalation.GetProperty("number").GetInt32());
        Assert.Equal(JsonValueKind.True, escalation.GetProperty("blocking").ValueKind);
        Assert.Equal(["kind", "by", "note", "at"], escalation.GetProperty("decision").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Monitoring_schedule_and_routing_have_their_fields()
    {
        using var json = Parse(FullReport());
        var root = json.RootElement;

        var schedule = root.GetProperty("monitoring_schedule");
        Assert.Equal(["daily_check", "weekly_rebalancing_review", "quarterly_thesis_validation", "stop_loss_and_target_tracking"], schedule.EnumerateObject().Select(p => p.Name));
        Assert.Matches(DateOnlyPattern(), schedule.GetProperty("daily_check").GetString());
        Assert.Equal(["frequency", "open_order_ids"], schedule.GetProperty("stop_loss_and_target_tracking").EnumerateObject().Select(p => p.Name));
        var routing = root.GetProperty("routing");
        Assert.All(routing.EnumerateArray(), r => Assert.Equal(["recipient", "file"], r.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void The_json_reads_back_to_the_same_report()
    {
        var text = ExecutionReportJson.Serialize(FullReport());

        Assert.Equal(text, ExecutionReportJson.Serialize(ExecutionReportJson.Deserialize(text)!));
    }

    [Fact]
    public void Text_is_written_readably_and_safely()
    {
        var report = FullReport() with { Caveats = ["Cash < 15% & \"falling\""] };

        var text = ExecutionReportJson.Serialize(report);

        Assert.Contains("\"Cash < 15% & \\\"falling\\\"\"", text, StringComparison.Ordinal);
        Assert.Equal("Cash < 15% & \"falling\"", Parse(report).RootElement.GetProperty("caveats")[0].GetString());
    }

    private static Reporting.Model.ExecutionReport FullReport()
    {
        var decided = RunBuilder.Escalation("ESC-1", EscalationType.BufferBreached, EscalationStatus.Approved, true, "T-002") with
        {
            Decision = new Decision(DecisionKind.Approve, "MA", "ok", RunBuilder.Start.AddMinutes(5)),
        };
        var run = new RunBuilder()
            .Status(RunStatus.CompletedWithEscalations)
            .Trade(RunBuilder.Executed("T-001").WithFlag(TradeFlag.Slippage))
            .Trade(RunBuilder.WithStatus("T-002", TradeStatus.ExecutionFailed, sequence: 1, reason: "rejected"))
            .Escalate(decided)
            .Build();
        return ExecutionReportBuilder.Build(run, new WeekdayCalendar());
    }

    private static JsonDocument Parse(Reporting.Model.ExecutionReport report) => JsonDocument.Parse(ExecutionReportJson.Serialize(report));

    private static void AssertFraction(JsonElement value)
    {
        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        Assert.InRange(value.GetDecimal(), 0m, 0.99999m);
    }

    private static void AssertInstant(JsonElement value)
    {
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        Assert.True(DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Matches(OffsetPattern(), value.GetString());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnlyPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")]
    private static partial Regex OffsetPattern();
}
