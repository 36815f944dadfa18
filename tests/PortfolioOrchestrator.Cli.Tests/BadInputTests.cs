namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>Bad input ends in exit 2 with the file and what was expected, and nothing is sent.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    private PoResult Run(string portfolio, string qa, params string[] extra) =>
        _po.Run(["run", "--portfolio", portfolio, "--qa", qa, "--now", "2026-11-24T13:40:00-05:00", "--state", "state", .. extra]);

    private void AssertNothingSent() => Assert.Equal("[]", _po.Run("paper", "orders", "--state", "state", "--json").Out.Trim());

    [Fact]
    public void Missing_portfolio_file_is_exit_2_naming_the_file()
    {
        var result = Run("nowhere.md", _po.Sample("qa-report.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.md", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        AssertNothingSent();
    }

    [Fact]
    public void Malformed_qa_json_is_exit_2_naming_the_file()
    {
        var qa = _po.Write("qa.json", "{ \"report_id\": \"X\", \"trades\": [ ");
        var result = Run(_po.Sample("PORTFOLIO.md"), qa);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("qa.json", result.Error);
        AssertNothingSent();
    }

    [Fact]
    public void Non_positive_size_is_exit_2_naming_the_field()
    {
        var qa = _po.WriteSample("qa-report.json", "qa.json", text => text.Replace("\"size_dollars\": 5000.00", "\"size_dollars\": -5"));
        var result = Run(_po.Sample("PORTFOLIO.md"), qa);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("size_dollars", result.Error);
        AssertNothingSent();
    }

    [Fact]
    public void Account_absent_from_the_portfolio_is_exit_2()
    {
        var qa = _po.WriteSample("qa-report.json", "qa.json", text => text.Replace("\"account\": \"ROTH-1\"", "\"account\": \"IRA-9\""));
        var result = Run(_po.Sample("PORTFOLIO.md"), qa);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("IRA-9", result.Error);
        AssertNothingSent();
    }

    [Fact]
    public void Last_updated_in_the_future_is_exit_2()
    {
        var portfolio = _po.WriteSample("PORTFOLIO.md", "future.md", text => text.Replace("2026-11-24T09:40:00-05:00", "2026-11-24T15:00:00-05:00"));
        var result = Run(portfolio, _po.Sample("qa-report.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Last Updated", result.Error);
        AssertNothingSent();
    }

    [Fact]
    public void Total_value_far_from_cash_plus_positions_is_exit_2()
    {
        var portfolio = _po.WriteSample("PORTFOLIO.md", "value.md", text => text.Replace("$249,800.00", "$300,000.00"));
        Assert.Equal(2, Run(portfolio, _po.Sample("qa-report.json")).ExitCode);
        AssertNothingSent();
    }

    [Fact]
    public void Unknown_policy_key_is_exit_2()
    {
        var policy = _po.Write("policy.json", "{ \"min_bufer\": 0.2 }");
        var result = Run(_po.Sample("PORTFOLIO.md"), _po.Sample("qa-report.json"), "--policy", policy);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("min_bufer", result.Error);
    }

    [Fact]
    public void Now_without_offset_is_exit_2()
    {
        var result = _po.Run("run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"), "--now", "2026-11-24T13:40:00", "--state", "state");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--now", result.Error);
    }

    [Fact]
    public void Bad_paper_script_is_exit_2_and_sends_nothing()
    {
        var script = _po.Write("script.json", "{ \"tickers\": { \"MSFT\": { \"fill_ratio\": 7 } } }");
        var result = Run(_po.Sample("PORTFOLIO.md"), _po.Sample("qa-report.json"), "--broker", "paper:" + script);
        Assert.Equal(2, result.ExitCode);
        AssertNothingSent();
    }
}
