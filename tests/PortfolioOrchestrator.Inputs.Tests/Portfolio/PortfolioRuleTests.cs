namespace PortfolioOrchestrator.Inputs.Tests.Portfolio;

public sealed class PortfolioRuleTests
{
    [Fact]
    public void Last_Updated_is_required()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWithout("Last Updated"), "Last Updated is required");
        Assert.Equal("Last Updated", problem.Field);
    }

    [Fact]
    public void Last_Updated_without_offset_or_zone_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("Last Updated", "**Last Updated:** 2026-11-24T09:40:00"), "no UTC offset or time zone");
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Last_Updated_in_the_agents_form_without_zone_is_bad_input() =>
        PortfolioAssert.Refuses(Samples.PortfolioWith("Last Updated", "**Last Updated:** December 9, 2025, 12:40 PM"), "no UTC offset or time zone");

    [Fact]
    public void Last_Updated_with_an_unknown_zone_is_bad_input() =>
        PortfolioAssert.Refuses(Samples.PortfolioWith("Last Updated", "**Last Updated:** December 9, 2025, 12:40 PM CET"), "is not one of EST");

    [Fact]
    public void Last_Updated_that_is_not_a_time_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("Last Updated", "**Last Updated:** yesterday"), "expected an ISO 8601 time");
        Assert.Contains("'yesterday'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_Updated_with_only_a_date_is_bad_input() =>
        PortfolioAssert.Refuses(Samples.PortfolioWith("Last Updated", "**Last Updated:** 2026-11-24"), "time of day");

    [Fact]
    public void Total_Cash_may_come_from_the_Accounts_cash_column()
    {
        var portfolio = PortfolioAssert.Reads(Samples.PortfolioWithout("Total Cash"));
        Assert.Equal(45_000m, portfolio.TotalCash.Dollars);
    }

    [Fact]
    public void Total_Cash_is_required_when_there_is_no_Accounts_cash_column()
    {
        var markdown = Samples.PortfolioWithout("Total Cash")
            .Replace("| Account | Type | Cash |", "| Account | Type | Note |", StringComparison.Ordinal);
        PortfolioAssert.Refuses(markdown, "Total Cash is required");
    }

    [Fact]
    public void Total_Cash_differing_from_the_accounts_by_more_than_a_cent_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("Total Cash", "**Total Cash:** $45,000.02"), "adds up to $45,000.00");
        Assert.Contains("$45,000.02", problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Total_Cash_within_a_cent_of_the_accounts_is_accepted()
    {
        var markdown = Samples.PortfolioWith("Total Cash", "**Total Cash:** $45,000.01")
            .Replace("**Total Value:** $249,800.00", "**Total Value:** $249,800.01", StringComparison.Ordinal);
        Assert.Equal(45_000.01m, PortfolioAssert.Reads(markdown).TotalCash.Dollars);
    }

    [Fact]
    public void Total_Value_omitted_is_cash_plus_market_values()
    {
        var portfolio = PortfolioAssert.Reads(Samples.PortfolioWithout("Total Value"));
        Assert.Equal(249_800m, portfolio.TotalValue.Dollars);
    }

    [Fact]
    public void Total_Value_more_than_half_a_percent_off_is_bad_input_naming_both_numbers()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("Total Value", "**Total Value:** $204,800.00"), "Total Value says $204,800.00");
        Assert.Contains("$249,800.00", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Total_Value_within_half_a_percent_is_accepted_as_written()
    {
        var portfolio = PortfolioAssert.Reads(Samples.PortfolioWith("Total Value", "**Total Value:** $250,800.00"));
        Assert.Equal(250_800m, portfolio.TotalValue.Dollars);
    }

    [Fact]
    public void Total_value_must_be_greater_than_zero()
    {
        const string Markdown = """
            **Last Updated:** 2026-11-24T09:40:00-05:00
            **Total Cash:** $0.00
            """;
        PortfolioAssert.Refuses(Markdown, "greater than zero");
    }

    [Fact]
    public void Market_Value_may_be_omitted_when_Quantity_and_Price_are_given()
    {
        var markdown = Samples.PortfolioWith("| AAPL |", "| AAPL | TAXABLE-1 | Technology | 100 | 190.00 | |");
        var aapl = PortfolioAssert.Reads(markdown).Positions[0];
        Assert.Equal(19_000m, aapl.MarketValue.Dollars);
    }

    [Fact]
    public void Market_Value_disagreeing_with_quantity_times_price_by_more_than_one_percent_is_a_warning_and_market_value_wins()
    {
        var markdown = Samples.PortfolioWith("| AAPL |", "| AAPL | TAXABLE-1 | Technology | 100 | 180.00 | $19,000.00 |");
        var portfolio = PortfolioAssert.Reads(markdown);
        Assert.Equal(19_000m, portfolio.Positions[0].MarketValue.Dollars);
        var warning = Assert.Single(portfolio.Warnings);
        Assert.Contains("AAPL", warning, StringComparison.Ordinal);
        Assert.Contains("$18,000.00", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Market_Value_within_one_percent_of_quantity_times_price_is_no_warning()
    {
        var markdown = Samples.PortfolioWith("| AAPL |", "| AAPL | TAXABLE-1 | Technology | 100 | 189.00 | $19,000.00 |");
        Assert.Empty(PortfolioAssert.Reads(markdown).Warnings);
    }

    [Fact]
    public void A_position_without_market_value_or_quantity_and_price_is_bad_input()
    {
        var markdown = Samples.PortfolioWith("| AAPL |", "| AAPL | TAXABLE-1 | Technology | 100 | | |");
        var problem = PortfolioAssert.Refuses(markdown, "expected a Market Value, or a Quantity and a Price");
        Assert.Equal("Positions row 1, column Market Value", problem.Field);
        Assert.Equal(15, problem.Line);
    }

    [Fact]
    public void Sector_table_disagreeing_with_positions_by_more_than_half_a_point_is_a_warning_and_positions_win()
    {
        var markdown = Samples.PortfolioWith("| Technology | $19,000.00 | 7.6% |", "| Technology | $19,000.00 | 9.6% |");
        var portfolio = PortfolioAssert.Reads(markdown);
        var warning = Assert.Single(portfolio.Warnings);
        Assert.Contains("Technology is 9.60%", warning, StringComparison.Ordinal);
        Assert.Contains("7.61%", warning, StringComparison.Ordinal);
        Assert.Equal(0.096m, portfolio.StatedSectors[0].Allocation!.Value.Fraction);
        Assert.Equal(19_000m / 249_800m, portfolio.AllocationOf(portfolio.Positions[0].Sector).Fraction);
    }

    [Fact]
    public void Sector_table_within_half_a_point_is_no_warning()
    {
        var markdown = Samples.PortfolioWith("| Technology | $19,000.00 | 7.6% |", "| Technology | $19,000.00 | 8.0% |");
        Assert.Empty(PortfolioAssert.Reads(markdown).Warnings);
    }

    [Fact]
    public void Sector_table_missing_a_held_sector_is_a_warning()
    {
        var warning = Assert.Single(PortfolioAssert.Reads(Samples.PortfolioWithout("| Energy | $56,000.00")).Warnings);
        Assert.Contains("does not list Energy", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Accounts_section_is_optional()
    {
        var markdown = RemoveSection(Samples.Portfolio, "## Accounts");
        var portfolio = PortfolioAssert.Reads(markdown);
        Assert.Empty(portfolio.Accounts);
        Assert.Equal(45_000m, portfolio.TotalCash.Dollars);
    }

    [Fact]
    public void Sector_Allocations_section_is_optional()
    {
        var portfolio = PortfolioAssert.Reads(RemoveSection(Samples.Portfolio, "## Sector Allocations"));
        Assert.Empty(portfolio.StatedSectors);
        Assert.Equal(4, portfolio.SectorValues.Count);
    }

    [Fact]
    public void Positions_section_is_optional_for_an_all_cash_portfolio()
    {
        const string Markdown = """
            # PORTFOLIO
            **Last Updated:** 2026-11-24T09:40:00-05:00
            **Total Cash:** $45,000.00
            """;
        var portfolio = PortfolioAssert.Reads(Markdown);
        Assert.Empty(portfolio.Positions);
        Assert.Equal(45_000m, portfolio.TotalValue.Dollars);
    }

    [Fact]
    public void Duplicate_account_names_are_bad_input()
    {
        var markdown = Samples.PortfolioWith("| ROTH-1 | Roth IRA |", "| taxable-1 | Roth IRA | $15,000.00 |");
        var problem = PortfolioAssert.Refuses(markdown, "listed twice");
        Assert.Equal("Accounts row 2, column Account", problem.Field);
        Assert.Contains("lines 9 and 10", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_cash_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("Total Cash", "**Total Cash:** -$45,000.00"), "non-negative");
        Assert.Equal("Total Cash", problem.Field);
    }

    [Fact]
    public void Negative_account_cash_in_parentheses_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("| ROTH-1 |", "| ROTH-1 | Roth IRA | ($15,000.00) |"), "negative");
        Assert.Equal("Accounts row 2, column Cash", problem.Field);
    }

    [Fact]
    public void Negative_market_value_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("| AAPL |", "| AAPL | TAXABLE-1 | Technology | 100 | 190.00 | -$19,000.00 |"), "negative");
        Assert.Equal("Positions row 1, column Market Value", problem.Field);
    }

    [Fact]
    public void Empty_ticker_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("| AAPL |", "|  | TAXABLE-1 | Technology | 100 | 190.00 | $19,000.00 |"), "expected a US equity symbol");
        Assert.Equal("Positions row 1, column Ticker", problem.Field);
        Assert.Contains("empty cell", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BTC/USD")]
    [InlineData("ETH/USD")]
    public void Section9_a_crypto_position_is_bad_input_naming_its_row_and_column(string ticker)
    {
        var problem = PortfolioAssert.Refuses(
            Samples.PortfolioWith("| AAPL |", $"| {ticker} | TAXABLE-1 | Technology | 1 | 190.00 | $19,000.00 |"), "expected a US equity symbol");

        Assert.Equal("Positions row 1, column Ticker", problem.Field);
        Assert.Contains("crypto", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void Unreadable_money_names_the_row_column_and_what_was_expected()
    {
        var problem = PortfolioAssert.Refuses(Samples.PortfolioWith("| JNJ |", "| JNJ | TAXABLE-1 | Healthcare | 400 | 155.00 | abc |"), "got 'abc'");
        Assert.Equal("Positions row 2, column Market Value", problem.Field);
        Assert.Equal(16, problem.Line);
        Assert.Contains("dollar amount like 5,000.00", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var markdown = Samples.PortfolioWithout("Last Updated")
            .Replace("| 190.00 | $19,000.00 |", "| 190.00 | abc |", StringComparison.Ordinal)
            .Replace("| ROTH-1 | Roth IRA | $15,000.00 |", "| ROTH-1 | Roth IRA | xyz |", StringComparison.Ordinal);
        var result = PortfolioMarkdownReader.Read(markdown, Samples.PortfolioFile);
        Assert.True(result.Problems.Count >= 3, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Positions_in_an_account_the_Accounts_table_lacks_are_a_warning() =>
        Assert.Contains(
            PortfolioAssert.Reads(Samples.PortfolioWith("| AAPL |", "| AAPL | IRA-9 | Technology | 100 | 190.00 | $19,000.00 |")).Warnings,
            w => w.Contains("IRA-9", StringComparison.Ordinal));

    [Fact]
    public void A_label_given_twice_with_different_values_is_bad_input()
    {
        var markdown = Samples.Portfolio + "\n\n**Total Cash:** $40,000.00\n";
        PortfolioAssert.Refuses(markdown, "given twice");
    }

    [Fact]
    public void Positions_table_without_a_ticker_column_is_bad_input()
    {
        var problem = PortfolioAssert.Refuses(Samples.Portfolio.Replace("| Ticker | Account |", "| Name | Account |", StringComparison.Ordinal), "Ticker (or Symbol) column");
        Assert.Equal(13, problem.Line);
    }

    internal static string RemoveSection(string markdown, string heading)
    {
        var lines = markdown.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith(heading, StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
        return string.Join('\n', lines);
    }
}
