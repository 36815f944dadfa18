using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Reporting.Monitoring;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Monitoring;

public sealed class DailyCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(-5));

    private static readonly Dictionary<string, decimal> AllPriced = new() { ["MSFT"] = 400m, ["JPM"] = 226m };

    [Fact]
    public void A_portfolio_within_its_limits_with_every_position_priced_is_ok()
    {
        var report = Check(Portfolio(cash: 45_000m, tech: 19_000m), [], AllPriced);

        Assert.Equal("OK", report.Status);
        Assert.Empty(report.Findings);
        Assert.Equal(0.1801441153m, report.Cash.Buffer);
        Assert.Equal("PASS", report.Cash.Check);
        Assert.All(report.Positions, p => Assert.Equal("OK", p.Status));
    }

    [Fact]
    public void A_sector_over_the_cap_needs_attention()
    {
        var report = Check(Portfolio(cash: 45_000m, tech: 100_000m), [], AllPriced);

        Assert.Equal("NEEDS_ATTENTION", report.Status);
        Assert.Equal("FAIL", report.Sectors.Single(s => s.Sector == "Technology").Status);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("SECTOR_CAP", finding.Kind);
        Assert.StartsWith("Technology at 40.03% is over the 35.00% sector cap", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(35_000, "CAUTION")]
    [InlineData(25_000, "FAIL")]
    public void A_low_cash_buffer_needs_attention(int cash, string check)
    {
        var report = Check(Portfolio(cash: cash, tech: 19_000m), [], AllPriced);

        Assert.Equal(check, report.Cash.Check);
        Assert.Equal("NEEDS_ATTENTION", report.Status);
        Assert.Equal("CASH_BUFFER", Assert.Single(report.Findings).Kind);
    }

    [Theory]
    [InlineData(379.99, true, false)]
    [InlineData(380.00, true, false)]
    [InlineData(400.00, false, false)]
    [InlineData(450.00, false, true)]
    public void Sell_stops_trigger_at_or_below_and_targets_at_or_above(double price, bool stopTriggered, bool targetTriggered)
    {
        var prices = new Dictionary<string, decimal> { ["MSFT"] = (decimal)price, ["JPM"] = 226m };

        var report = Check(Portfolio(45_000m, 19_000m), [Stop("sl", 380m), Target("tp1", 450m)], prices);

        Assert.Equal(stopTriggered, report.ProtectiveOrders.Single(o => o.Type == "stop").Triggered);
        Assert.Equal(targetTriggered, report.ProtectiveOrders.Single(o => o.Type == "limit").Triggered);
        Assert.Equal(stopTriggered || targetTriggered ? "NEEDS_ATTENTION" : "OK", report.Status);
        Assert.Equal(stopTriggered || targetTriggered ? "NEEDS_ATTENTION" : "OK", report.Positions.Single(p => p.Ticker == "MSFT").Status);
    }

    [Fact]
    public void Resolution16_without_prices_every_position_is_not_checked_and_the_result_is_never_ok()
    {
        var filled = Stop("old", 300m) with { Status = OrderStatus.Filled };

        var report = Check(Portfolio(45_000m, 19_000m), [filled, Stop("sl", 380m)], prices: null);

        var order = Assert.Single(report.ProtectiveOrders);
        Assert.Null(order.Triggered);
        Assert.Equal("NOT_CHECKED", report.Status);
        Assert.All(report.Positions, p => Assert.Equal("NOT_CHECKED", p.Status));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("NOT_CHECKED", finding.Kind);
        Assert.Equal("No position was checked: no price was given for MSFT (TAXABLE-1), JPM (ROTH-1) (po monitor --prices FILE)", finding.Message);
    }

    [Fact]
    public void Resolution16_a_position_left_out_of_the_prices_is_not_checked_and_the_result_is_not_ok()
    {
        var report = Check(Portfolio(45_000m, 19_000m), [Stop("sl", 380m)], new Dictionary<string, decimal> { ["JPM"] = 226m });

        Assert.Equal("NOT_CHECKED", report.Status);
        Assert.Equal("NOT_CHECKED", report.Positions.Single(p => p.Ticker == "MSFT").Status);
        Assert.Equal("OK", report.Positions.Single(p => p.Ticker == "JPM").Status);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("NOT_CHECKED", "MSFT", "TAXABLE-1"), (finding.Kind, finding.Ticker, finding.Account));
        Assert.Equal("MSFT (TAXABLE-1) was not checked: no price was given for it", finding.Message);
    }

    [Fact]
    public void Resolution16_a_position_only_the_venue_protects_is_checked_too()
    {
        var amd = Stop("amd", 128m) with { Ticker = Ticker.Create("AMD"), Account = AccountId.Create("TAXABLE-1") };

        var report = Check(Portfolio(45_000m, 19_000m), [amd], AllPriced);

        var position = report.Positions.Single(p => p.Ticker == "AMD");
        Assert.Equal(("TAXABLE-1", null, "NOT_CHECKED"), (position.Account, position.Quantity, position.Status));
        Assert.Equal("NOT_CHECKED", report.Status);
    }

    [Fact]
    public void Resolution16_something_out_of_limits_outranks_what_was_not_checked()
    {
        var report = Check(Portfolio(25_000m, 19_000m), [], new Dictionary<string, decimal> { ["JPM"] = 226m });

        Assert.Equal("NEEDS_ATTENTION", report.Status);
        Assert.Equal(["CASH_BUFFER", "NOT_CHECKED"], report.Findings.Select(f => f.Kind));
    }

    [Fact]
    public void Resolution16_a_portfolio_older_than_max_staleness_trading_days_is_itself_a_finding()
    {
        var stale = Portfolio(45_000m, 19_000m) with { LastUpdated = new DateTimeOffset(2026, 11, 20, 9, 40, 0, TimeSpan.FromHours(-5)) };

        var report = Check(stale, [], AllPriced);

        Assert.Equal("NEEDS_ATTENTION", report.Status);
        Assert.Equal(3, report.PortfolioTradingDaysElapsed);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("STALE_PORTFOLIO", finding.Kind);
        Assert.Contains("3 trading days ago (more than the 1 allowed)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution16_a_portfolio_within_the_policys_staleness_is_no_finding()
    {
        var older = Portfolio(45_000m, 19_000m) with { LastUpdated = new DateTimeOffset(2026, 11, 20, 9, 40, 0, TimeSpan.FromHours(-5)) };

        var report = Check(older, [], AllPriced, ExecutionPolicy.Default with { MaxStalenessTradingDays = 3 });

        Assert.Equal("OK", report.Status);
    }

    [Fact]
    public void The_markdown_message_leads_with_what_needs_attention()
    {
        var report = Check(Portfolio(45_000m, 19_000m), [Stop("sl", 380m)], new Dictionary<string, decimal> { ["MSFT"] = 371.2m, ["JPM"] = 226m });

        var markdown = MonitorMarkdown.Render(report);

        Assert.StartsWith("# Daily portfolio check — 2026-11-25", markdown, StringComparison.Ordinal);
        Assert.Contains("- STOP_LOSS_REACHED: MSFT at $371.20 reaches stop-loss $380.00 (po-1-sl)", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## Needs attention", StringComparison.Ordinal) < markdown.IndexOf("## Sectors", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolution16_the_markdown_says_not_checked_for_a_position_without_a_price()
    {
        var markdown = MonitorMarkdown.Render(Check(Portfolio(45_000m, 19_000m), [Stop("sl", 380m)], prices: null));

        Assert.Contains("Status: **NOT_CHECKED**", markdown, StringComparison.Ordinal);
        Assert.Contains("| MSFT | TAXABLE-1 | Technology | 10 | — | NOT_CHECKED |", markdown, StringComparison.Ordinal);
    }

    private static MonitorReport Check(PortfolioSnapshot portfolio, IReadOnlyList<BrokerOrder> orders, IReadOnlyDictionary<string, decimal>? prices, ExecutionPolicy? policy = null) =>
        DailyCheck.Run(new DailyCheckInputs
        {
            Portfolio = portfolio,
            Policy = policy ?? ExecutionPolicy.Default,
            Orders = orders,
            Prices = prices,
            Calendar = new WeekdayCalendar(),
            Now = Now,
        });

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
