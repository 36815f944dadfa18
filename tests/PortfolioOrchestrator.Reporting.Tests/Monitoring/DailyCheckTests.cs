using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Reporting.Monitoring;

namespace PortfolioOrchestrator.Reporting.Tests.Monitoring;

public sealed class DailyCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void A_portfolio_within_its_limits_without_orders_is_ok()
    {
        var report = DailyCheck.Run(Portfolio(cash: 45_000m, tech: 19_000m), ExecutionPolicy.Default, [], null, Today);

        Assert.Equal("OK", report.Status);
        Assert.Empty(report.Findings);
        Assert.Equal(45_000m / 249_800m, report.Cash.Buffer);
        Assert.Equal("PASS", report.Cash.Check);
    }

    [Fact]
    public void A_sector_over_the_cap_needs_attention()
    {
        var report = DailyCheck.Run(Portfolio(cash: 45_000m, tech: 100_000m), ExecutionPolicy.Default, [], null, Today);

        Assert.Equal("NEEDS_ATTENTION", report.Status);
        Assert.Equal("FAIL", report.Sectors.Single(s => s.Sector == "Technology").Status);
        Assert.Contains(report.Findings, f => f.StartsWith("Technology at 40.03% is over the 35.00% sector cap", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(35_000, "CAUTION")]
    [InlineData(25_000, "FAIL")]
    public void A_low_cash_buffer_needs_attention(int cash, string check)
    {
        var report = DailyCheck.Run(Portfolio(cash: cash, tech: 19_000m), ExecutionPolicy.Default, [], null, Today);

        Assert.Equal(check, report.Cash.Check);
        Assert.Equal("NEEDS_ATTENTION", report.Status);
    }

    [Theory]
    [InlineData(379.99, true, false)]
    [InlineData(380.00, true, false)]
    [InlineData(400.00, false, false)]
    [InlineData(450.00, false, true)]
    public void Sell_stops_trigger_at_or_below_and_targets_at_or_above(double price, bool stopTriggered, bool targetTriggered)
    {
        var prices = new Dictionary<string, decimal> { ["MSFT"] = (decimal)price };

        var report = DailyCheck.Run(Portfolio(45_000m, 19_000m), ExecutionPolicy.Default, [Stop("sl", 380m), Target("tp1", 450m)], prices, Today);

        Assert.Equal(stopTriggered, report.ProtectiveOrders.Single(o => o.Type == "stop").Triggered);
        Assert.Equal(targetTriggered, report.ProtectiveOrders.Single(o => o.Type == "limit").Triggered);
        Assert.Equal(stopTriggered || targetTriggered ? "NEEDS_ATTENTION" : "OK", report.Status);
    }

    [Fact]
    public void Finished_orders_are_not_monitored_and_without_prices_the_working_ones_are_listed_not_judged()
    {
        var filled = Stop("old", 300m) with { Status = OrderStatus.Filled };

        var report = DailyCheck.Run(Portfolio(45_000m, 19_000m), ExecutionPolicy.Default, [filled, Stop("sl", 380m)], null, Today);

        var order = Assert.Single(report.ProtectiveOrders);
        Assert.Null(order.Triggered);
        Assert.Equal("OK", report.Status);
    }

    [Fact]
    public void With_prices_a_ticker_left_out_needs_attention()
    {
        var report = DailyCheck.Run(Portfolio(45_000m, 19_000m), ExecutionPolicy.Default, [Stop("sl", 380m)], new Dictionary<string, decimal> { ["AMD"] = 1m }, Today);

        Assert.Contains("No price given for MSFT: its protective orders could not be checked", report.Findings);
    }

    [Fact]
    public void The_markdown_message_leads_with_what_needs_attention()
    {
        var report = DailyCheck.Run(Portfolio(45_000m, 19_000m), ExecutionPolicy.Default, [Stop("sl", 380m)], new Dictionary<string, decimal> { ["MSFT"] = 371.2m }, Today);

        var markdown = MonitorMarkdown.Render(report);

        Assert.StartsWith("# Daily portfolio check — 2026-11-25", markdown, StringComparison.Ordinal);
        Assert.Contains("- MSFT at $371.20 reaches stop-loss $380.00 (po-1-sl)", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## Needs attention", StringComparison.Ordinal) < markdown.IndexOf("## Sectors", StringComparison.Ordinal));
    }

    private static PortfolioSnapshot Portfolio(decimal cash, decimal tech) => new()
    {
        LastUpdated = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(-5)),
        TotalValue = Money.FromDollars(249_800m),
        TotalCash = Money.FromDollars(cash),
        Positions =
        [
            new Position(Ticker.Create("MSFT"), AccountId.Create("TAXABLE-1"), SectorName.Create("Technology"), 10m, Money.FromDollars(tech / 10m), Money.FromDollars(tech)),
            new Position(Ticker.Create("JPM"), AccountId.Create("ROTH-1"), SectorName.Create("Financials"), 300m, Money.FromDollars(226m), Money.FromDollars(67_800m)),
        ],
    };

    private static BrokerOrder Stop(string suffix, decimal stop) => Order(suffix, OrderType.Stop) with { StopPrice = Money.FromDollars(stop) };

    private static BrokerOrder Target(string suffix, decimal limit) => Order(suffix, OrderType.Limit) with { LimitPrice = Money.FromDollars(limit) };

    private static BrokerOrder Order(string suffix, OrderType type) => new()
    {
        ClientOrderId = ClientOrderId.Create("po-1-" + suffix),
        BrokerOrderId = "b-" + suffix,
        Ticker = Ticker.Create("MSFT"),
        Side = OrderSide.Sell,
        Type = type,
        Quantity = 12m,
        Status = OrderStatus.Accepted,
        SubmittedAt = new DateTimeOffset(2026, 11, 24, 13, 41, 0, TimeSpan.FromHours(-5)),
    };
}
