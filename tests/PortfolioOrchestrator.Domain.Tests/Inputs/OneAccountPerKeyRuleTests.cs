using PortfolioOrchestrator.Domain.Inputs.CrossChecks;

namespace PortfolioOrchestrator.Domain.Tests.Inputs;

/// <summary>CONTRACT §7: one API key is one account, so a single key never serves trades for two accounts.</summary>
public sealed class OneAccountPerKeyRuleTests
{
    [Fact]
    public void Section7_approved_trades_for_two_accounts_on_one_key_are_bad_input_naming_both_accounts_and_accounts_option()
    {
        var report = new QaReportBuilder().With(
            new TradeBuilder("T-1", "MSFT").Account("TAXABLE-1"),
            new TradeBuilder("T-2", "XOM").Account("ROTH-1"),
            new TradeBuilder("T-3", "AMD").Account("TAXABLE-1")).Build();

        var problem = OneAccountPerKeyRule.Check(report, "qa.json", "alpaca");

        Assert.NotNull(problem);
        Assert.Equal("qa.json", problem.File);
        Assert.Equal("trades[*].account", problem.Field);
        Assert.Contains("ROTH-1, TAXABLE-1", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("--accounts FILE", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was sent", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Section7_trades_for_one_account_on_one_key_pass()
    {
        var report = new QaReportBuilder().With(
            new TradeBuilder("T-1", "MSFT").Account("TAXABLE-1"),
            new TradeBuilder("T-2", "XOM").Account("taxable-1"),
            new TradeBuilder("T-3", "AMD").Account(null)).Build();

        Assert.Null(OneAccountPerKeyRule.Check(report, "qa.json", "alpaca"));
    }

    [Fact]
    public void Section7_a_trade_that_is_not_approved_is_never_sent_and_does_not_count_as_a_second_account()
    {
        var report = new QaReportBuilder().With(
            new TradeBuilder("T-1", "MSFT").Account("TAXABLE-1"),
            new TradeBuilder("T-2", "XOM").Account("ROTH-1").NotApproved()).Build();

        Assert.Null(OneAccountPerKeyRule.Check(report, "qa.json", "alpaca"));
    }
}
