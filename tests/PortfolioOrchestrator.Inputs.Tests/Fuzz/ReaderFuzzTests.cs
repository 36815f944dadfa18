using System.Text;
using FsCheck;
using FsCheck.Xunit;

namespace PortfolioOrchestrator.Inputs.Tests.Fuzz;

public sealed class ReaderFuzzTests
{
    [Property(MaxTest = 400)]
    public bool Mutated_portfolio_yields_a_value_or_problems_and_never_throws(int seed, PositiveInt count) =>
        ReaderInvariant.PortfolioHolds(Mutations.Apply(Samples.Portfolio, seed, count.Get));

    [Property(MaxTest = 400)]
    public bool Mutated_qa_report_yields_a_value_or_problems_and_never_throws(int seed, PositiveInt count) =>
        ReaderInvariant.QaHolds(Mutations.Apply(Samples.Qa, seed, count.Get));

    [Property(MaxTest = 200)]
    public bool Mutated_policy_yields_a_value_or_problems_and_never_throws(int seed, PositiveInt count) =>
        ReaderInvariant.PolicyHolds(Mutations.Apply("""{ "min_buffer": 0.2, "sector_cap": 0.3, "refresh_timeout_minutes": 5, "pause_on_aggregate_breach": true }""", seed, count.Get));

    [Property(MaxTest = 200)]
    public bool Mutated_prices_yield_a_value_or_problems_and_never_throw(int seed, PositiveInt count) =>
        ReaderInvariant.PricesHolds(Mutations.Apply("""{ "MSFT": 371.2, "AMD": 150, "BRK.B": 412.5 }""", seed, count.Get));

    [Property(MaxTest = 200)]
    public bool Mutated_accounts_yield_a_value_or_problems_and_never_throw(int seed, PositiveInt count) =>
        ReaderInvariant.AccountsHolds(Mutations.Apply(
            """{ "TAXABLE-1": { "broker": "alpaca", "key_id_env": "APCA_TAXABLE_KEY_ID", "secret_env": "APCA_TAXABLE_SECRET_KEY", "base_url": "https://paper-api.alpaca.markets" }, "ROTH-1": { "broker": "paper" } }""",
            seed,
            count.Get));

    [Property(MaxTest = 200)]
    public bool Every_truncation_of_the_portfolio_yields_a_value_or_problems(NonNegativeInt cut) =>
        ReaderInvariant.PortfolioHolds(Samples.Portfolio[..(cut.Get % (Samples.Portfolio.Length + 1))]);

    [Property(MaxTest = 200)]
    public bool Every_truncation_of_the_qa_report_yields_problems(NonNegativeInt cut)
    {
        var length = cut.Get % Samples.Qa.Length;
        return !QaReportReader.Read(Samples.Qa[..length], Samples.QaFile).IsValid && ReaderInvariant.QaHolds(Samples.Qa[..length]);
    }

    [Property(MaxTest = 300)]
    public bool Any_string_as_ticker_or_account_yields_a_value_or_problems(NonNull<string> text)
    {
        var escaped = System.Text.Json.JsonSerializer.Serialize(text.Get);
        var qaTicker = Samples.Qa.Replace("\"MSFT\"", escaped, StringComparison.Ordinal);
        var qaAccount = Samples.Qa.Replace("\"TAXABLE-1\"", escaped, StringComparison.Ordinal);
        var portfolio = Samples.Portfolio.Replace("| AAPL |", $"| {text.Get} |", StringComparison.Ordinal)
            .Replace("| ROTH-1 | Roth IRA |", $"| {text.Get} | Roth IRA |", StringComparison.Ordinal);
        return ReaderInvariant.QaHolds(qaTicker) && ReaderInvariant.QaHolds(qaAccount) && ReaderInvariant.PortfolioHolds(portfolio);
    }

    [Property(MaxTest = 300)]
    public bool Section9_any_ticker_with_a_slash_is_refused_as_not_a_us_equity_and_never_throws(NonNull<string> before, NonNull<string> after)
    {
        var ticker = before.Get + "/" + after.Get;
        var qa = Samples.Qa.Replace("\"MSFT\"", System.Text.Json.JsonSerializer.Serialize(ticker), StringComparison.Ordinal);
        var result = QaReportReader.Read(qa, Samples.QaFile);
        return ReaderInvariant.QaHolds(qa) && !result.IsValid
            && result.Problems.Any(p => p.File == Samples.QaFile && p.Expected.Contains("US equity", StringComparison.Ordinal));
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_text_yields_a_value_or_problems(NonNull<string> text) =>
        ReaderInvariant.PortfolioHolds(text.Get) && ReaderInvariant.QaHolds(text.Get) && ReaderInvariant.PolicyHolds(text.Get)
        && ReaderInvariant.PricesHolds(text.Get) && ReaderInvariant.AccountsHolds(text.Get);

    [Property(MaxTest = 100)]
    public bool Mutated_bytes_on_disk_yield_text_or_problems(int seed, PositiveInt count)
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.Portfolio);
        var random = new Random(seed);
        for (var i = 0; i < count.Get % 20; i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        var path = Path.Combine(Path.GetTempPath(), $"po-fuzz-{Guid.NewGuid():N}.md");
        File.WriteAllBytes(path, bytes);
        try
        {
            var text = InputFile.ReadText(path);
            return ReaderInvariant.Holds(() => text, path) && (!text.IsValid || ReaderInvariant.PortfolioHolds(text.Value));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData('>')]
    [InlineData('[')]
    [InlineData('*')]
    [InlineData('_')]
    [InlineData('`')]
    [InlineData('|')]
    [InlineData('<')]
    [InlineData('#')]
    [InlineData('(')]
    public void Deeply_nested_markdown_yields_problems_without_throwing(char c)
    {
        foreach (var size in new[] { 1_000, 100_000 })
        {
            var text = new string(c, size) + "x" + new string(c == '[' ? ']' : c == '(' ? ')' : c, size);
            Assert.True(ReaderInvariant.PortfolioHolds(text));
            Assert.True(ReaderInvariant.PortfolioHolds(Samples.Portfolio + "\n" + text));
        }
    }

    [Fact]
    public void Deeply_nested_lists_and_quotes_yield_a_value_or_problems()
    {
        var lists = string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i * 2) + "- item\n"));
        var quotes = string.Concat(Enumerable.Range(0, 5_000).Select(i => new string('>', i) + " q\n"));
        Assert.True(ReaderInvariant.PortfolioHolds(Samples.Portfolio + "\n" + lists));
        Assert.True(ReaderInvariant.PortfolioHolds(Samples.Portfolio + "\n" + quotes));
        var problem = Assert.Single(PortfolioMarkdownReader.Read(Samples.Portfolio + "\n" + quotes, Samples.PortfolioFile).Problems);
        Assert.Contains("nested too deeply", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moderately_nested_lists_are_still_read()
    {
        var lists = string.Concat(Enumerable.Range(0, 20).Select(i => new string(' ', i * 2) + "- item\n"));
        Assert.True(PortfolioMarkdownReader.Read(Samples.Portfolio + "\n\n" + lists, Samples.PortfolioFile).IsValid);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{\"a\":")]
    public void Deeply_nested_json_yields_a_problem(string opener)
    {
        var json = string.Concat(Enumerable.Repeat(opener, 100_000));
        Assert.True(ReaderInvariant.QaHolds(json));
        Assert.True(ReaderInvariant.PolicyHolds(json));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("-0")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e-400")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Extreme_numbers_anywhere_yield_a_value_or_problems(string number)
    {
        foreach (var field in new[] { "5000.00", "410.25", "380.00", "450.00", "50", "7.6", "249800.00", "45000.00" })
        {
            Assert.True(ReaderInvariant.QaHolds(Samples.Qa.Replace(field, number, StringComparison.Ordinal)));
        }

        Assert.True(ReaderInvariant.PortfolioHolds(Samples.Portfolio.Replace("$19,000.00", number, StringComparison.Ordinal)));
        Assert.True(ReaderInvariant.PortfolioHolds(Samples.Portfolio.Replace("| 100 |", $"| {number} |", StringComparison.Ordinal)));
        Assert.True(ReaderInvariant.PolicyHolds($"{{ \"slippage_flag_bps\": {number} }}"));
    }

    [Fact]
    public void Huge_quantities_and_prices_are_refused_rather_than_overflowing()
    {
        var markdown = Samples.Portfolio.Replace("| 100 | 190.00 | $19,000.00 |", "| 999999999999 | 999,999,999,999,999 | |", StringComparison.Ordinal);
        Assert.False(PortfolioMarkdownReader.Read(markdown, Samples.PortfolioFile).IsValid);
        Assert.True(ReaderInvariant.PortfolioHolds(markdown));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("**AAPL**")]
    [InlineData("`AAPL`")]
    [InlineData("[AAPL](http://x)")]
    [InlineData("A\\|B")]
    [InlineData("&lt;AAPL&gt;")]
    public void Markdown_and_html_in_cells_yield_a_value_or_problems(string cell) =>
        Assert.True(ReaderInvariant.PortfolioHolds(Samples.Portfolio.Replace("| AAPL |", $"| {cell} |", StringComparison.Ordinal)));

    [Fact]
    public void A_problem_never_echoes_control_characters()
    {
        var result = QaReportReader.Read(Samples.Qa.Replace("\"MSFT\"", "\"\\u001b[31mEVIL\"", StringComparison.Ordinal), Samples.QaFile);
        var problem = Assert.Single(result.Problems);
        Assert.DoesNotContain('\u001b', problem.Message);
        Assert.Contains("\\u001B", problem.Message, StringComparison.Ordinal);
    }
}
