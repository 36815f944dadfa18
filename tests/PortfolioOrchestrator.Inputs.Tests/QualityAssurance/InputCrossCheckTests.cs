namespace PortfolioOrchestrator.Inputs.Tests.QualityAssurance;

public sealed class InputCrossCheckTests
{
    [Fact]
    public void Approved_trade_account_absent_from_the_portfolio_is_bad_input_naming_the_accounts_that_exist()
    {
        var portfolio = PortfolioMarkdownReader.Read(Samples.Portfolio, Samples.PortfolioFile).Value;
        var report = QaAssert.Reads(QaAssert.WithTrade(t => t["account"] = "IRA-7"));

        var problem = Assert.Single(InputCrossCheck.Check(portfolio, report, Samples.QaFile));
        Assert.Equal(Samples.QaFile, problem.File);
        Assert.Equal("trades[0].account", problem.Field);
        Assert.Contains("T-001", problem.Message, StringComparison.Ordinal);
        Assert.Contains("IRA-7", problem.Message, StringComparison.Ordinal);
        Assert.Contains("TAXABLE-1, ROTH-1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accounts_match_ignoring_case()
    {
        var portfolio = PortfolioMarkdownReader.Read(Samples.Portfolio, Samples.PortfolioFile).Value;
        var report = QaAssert.Reads(QaAssert.WithTrade(t => t["account"] = "taxable-1"));
        Assert.Empty(InputCrossCheck.Check(portfolio, report, Samples.QaFile));
    }

    [Fact]
    public void Any_account_is_accepted_when_the_portfolio_lists_none()
    {
        var portfolio = PortfolioMarkdownReader.Read(Portfolio.PortfolioRuleTests.RemoveSection(Samples.Portfolio, "## Accounts"), Samples.PortfolioFile).Value;
        var report = QaAssert.Reads(QaAssert.WithTrade(t => t["account"] = "IRA-7"));
        Assert.Empty(InputCrossCheck.Check(portfolio, report, Samples.QaFile));
    }

    [Fact]
    public void Trades_not_approved_are_not_checked()
    {
        var portfolio = PortfolioMarkdownReader.Read(Samples.Portfolio, Samples.PortfolioFile).Value;
        var report = QaAssert.Reads(QaAssert.WithTrade(t =>
        {
            t["account"] = "IRA-7";
            t["gate"] = "REJECTED";
        }));
        Assert.Empty(InputCrossCheck.Check(portfolio, report, Samples.QaFile));
    }
}
