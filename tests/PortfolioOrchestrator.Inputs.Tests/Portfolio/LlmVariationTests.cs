namespace PortfolioOrchestrator.Inputs.Tests.Portfolio;

public sealed class LlmVariationTests
{
    [Theory]
    [InlineData("Last Updated: 2026-11-24T09:40:00-05:00")]
    [InlineData("**Last Updated**: 2026-11-24T09:40:00-05:00")]
    [InlineData("- **Last Updated:** 2026-11-24T09:40:00-05:00")]
    [InlineData("* Last updated: 2026-11-24T09:40:00-05:00")]
    [InlineData("__Last Updated:__ 2026-11-24T09:40:00-05:00")]
    [InlineData("**LAST UPDATED:** **2026-11-24T09:40:00-05:00**")]
    [InlineData("> **As of:** 2026-11-24T09:40:00-05:00")]
    public void Labels_are_read_with_or_without_bold_and_list_markers(string line) =>
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 40, 0, TimeSpan.FromHours(-5)),
            PortfolioAssert.Reads(Samples.PortfolioWith("Last Updated", line + "\n")).LastUpdated);

    [Theory]
    [InlineData("- **Total Cash:** $45,000.00")]
    [InlineData("Total Cash: 45000")]
    [InlineData("**Total Cash:** 45,000.00 USD")]
    [InlineData("**Total Cash:** $45,000.00 (18.0% of portfolio)")]
    [InlineData("**Cash:** $45,000")]
    [InlineData("**Total cash balance:** $ 45,000.00")]
    public void Money_is_read_in_the_forms_people_write(string line) =>
        Assert.Equal(45_000m, PortfolioAssert.Reads(Samples.PortfolioWith("Total Cash", line + "\n")).TotalCash.Dollars);

    [Theory]
    [InlineData("## Positions")]
    [InlineData("### positions")]
    [InlineData("## Current Positions")]
    [InlineData("## Holdings")]
    [InlineData("# POSITIONS (as of close)")]
    public void Positions_headers_are_matched_by_words(string heading) =>
        Assert.Equal(4, PortfolioAssert.Reads(Samples.PortfolioWith("## Positions", heading)).Positions.Count);

    [Fact]
    public void Column_names_are_matched_case_insensitively_and_by_synonym()
    {
        var markdown = Samples.PortfolioWith("| Ticker | Account |", "| **symbol** | ACCOUNT | sector | Shares | Last Price | Value ($) |");
        var portfolio = PortfolioAssert.Reads(markdown);
        Assert.Equal(62_000m, portfolio.Positions[1].MarketValue.Dollars);
        Assert.Equal(400m, portfolio.Positions[1].Quantity);
    }

    [Fact]
    public void Qty_column_and_reordered_columns_are_read()
    {
        const string Markdown = """
            **Last Updated:** 2026-11-24T09:40:00-05:00
            **Total Cash:** $1,000.00

            ## Positions
            | Market Value | Qty | Price | Sector | Account | Ticker |
            |---|---|---|---|---|---|
            | $1,900.00 | 10 | 190 | Technology | taxable-1 | aapl |
            """;
        var position = Assert.Single(PortfolioAssert.Reads(Markdown).Positions);
        Assert.Equal("AAPL", position.Ticker.Value);
        Assert.Equal("TAXABLE-1", position.Account.Value);
        Assert.Equal(10m, position.Quantity);
    }

    [Fact]
    public void Extra_columns_and_sections_are_ignored()
    {
        var markdown = Samples.Portfolio
            .Replace("| Ticker | Account | Sector | Quantity | Price | Market Value |", "| Ticker | Account | Sector | Quantity | Avg Cost | Price | Market Value | Gain % |", StringComparison.Ordinal)
            .Replace("|---|---|---|---|---|---|", "|---|---|---|---|---|---|---|---|", StringComparison.Ordinal)
            .Replace("| 100 | 190.00 |", "| 100 | 150.00 | 190.00 |", StringComparison.Ordinal)
            .Replace("| 400 | 155.00 |", "| 400 | 150.00 | 155.00 |", StringComparison.Ordinal)
            .Replace("| 500 | 112.00 |", "| 500 | 150.00 | 112.00 |", StringComparison.Ordinal)
            .Replace("| 300 | 226.00 |", "| 300 | 150.00 | 226.00 |", StringComparison.Ordinal)
            .Replace("$19,000.00 |\n| JNJ", "$19,000.00 | 26% |\n| JNJ", StringComparison.Ordinal)
            + "\n\n## Notes\nRebalance next week. Cash target: 20%.\n\n| Idea | Why |\n|---|---|\n| NVDA | AI |\n";
        var portfolio = PortfolioAssert.Reads(markdown);
        Assert.Equal([190m, 155m, 112m, 226m], portfolio.Positions.Select(p => p.Price.Dollars));
        Assert.Empty(portfolio.Warnings);
    }

    [Theory]
    [InlineData("24.8%")]
    [InlineData("24.8 %")]
    [InlineData("24.8")]
    [InlineData("**24.8%**")]
    public void Percentages_are_read_with_or_without_the_sign(string allocation)
    {
        var markdown = Samples.PortfolioWith("| Healthcare | $62,000.00 |", $"| Healthcare | $62,000.00 | {allocation} |");
        Assert.Equal(0.248m, PortfolioAssert.Reads(markdown).StatedSectors[1].Allocation!.Value.Fraction);
    }

    [Fact]
    public void A_totals_row_closing_a_table_is_skipped()
    {
        var markdown = Samples.PortfolioWith("| JPM |", "| JPM | ROTH-1 | Financials | 300 | 226.00 | $67,800.00 |\n| **Total** | | | | | **$204,800.00** |");
        Assert.Equal(4, PortfolioAssert.Reads(markdown).Positions.Count);
    }

    [Fact]
    public void Labels_in_a_two_column_summary_table_are_read()
    {
        const string Markdown = """
            # Portfolio

            ## Summary
            | Metric | Value |
            |---|---|
            | Last Updated | December 9, 2025, 12:40 PM MST |
            | Total Value | $10,000.00 |
            | Total Cash | $10,000.00 |
            """;
        var portfolio = PortfolioAssert.Reads(Markdown);
        Assert.Equal(10_000m, portfolio.TotalValue.Dollars);
        Assert.Equal(TimeSpan.FromHours(-7), portfolio.LastUpdated.Offset);
    }

    [Fact]
    public void Labels_followed_by_a_rule_without_a_blank_line_are_still_read()
    {
        var markdown = Samples.Portfolio.Replace("**Total Cash:** $45,000.00\n", "**Total Cash:** $45,000.00\n---\n", StringComparison.Ordinal);
        Assert.Equal(45_000m, PortfolioAssert.Reads(markdown).TotalCash.Dollars);
    }

    [Fact]
    public void Windows_line_endings_are_read()
    {
        var portfolio = PortfolioAssert.Reads(Samples.Portfolio.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(4, portfolio.Positions.Count);
    }

    [Fact]
    public void Positions_table_without_an_account_column_uses_the_only_account()
    {
        const string Markdown = """
            **Last Updated:** 2026-11-24T09:40:00-05:00

            ## Accounts
            | Account | Cash |
            |---|---|
            | IRA | $1,000.00 |

            ## Positions
            | Ticker | Sector | Market Value |
            |---|---|---|
            | AAPL | Technology | $1,900.00 |
            """;
        var portfolio = PortfolioAssert.Reads(Markdown);
        Assert.Equal("IRA", portfolio.Positions[0].Account.Value);
        Assert.Equal(2_900m, portfolio.TotalValue.Dollars);
    }

    [Fact]
    public void The_documented_llm_style_example_reads()
    {
        const string Markdown = """
            # PORTFOLIO
            **Last Updated:** December 9, 2025, 12:40 p.m. MST
            - **Total Value:** $64,000.00
            Total Cash: 45000

            ## Current Positions
            | Symbol | Account | Sector | Shares | Last Price | Value ($) | Gain % |
            |---|---|---|---|---|---|---|
            | AAPL | TAXABLE-1 | Technology | 100 | 190.00 | | 26% |
            | **Total** | | | | | $19,000.00 | |
            """;
        var portfolio = PortfolioAssert.Reads(Markdown);
        Assert.Equal(64_000m, portfolio.TotalValue.Dollars);
        Assert.Equal(19_000m, Assert.Single(portfolio.Positions).MarketValue.Dollars);
    }
}
