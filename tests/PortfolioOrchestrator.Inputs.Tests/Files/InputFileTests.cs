using System.Text;

namespace PortfolioOrchestrator.Inputs.Tests.Files;

public sealed class InputFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("po-inputs-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_utf8_file_is_read_without_its_byte_order_mark()
    {
        var path = Write("a.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("# PORTFOLIO é")]);
        Assert.Equal("# PORTFOLIO é", InputFile.ReadText(path).Value);
    }

    [Fact]
    public void A_missing_file_is_a_problem_naming_it()
    {
        var path = Path.Combine(_directory, "missing.md");
        var problem = Assert.Single(InputFile.ReadText(path).Problems);
        Assert.Equal(path, problem.File);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_a_problem() =>
        Assert.Contains("is a directory", Assert.Single(InputFile.ReadText(_directory).Problems).Message, StringComparison.Ordinal);

    [Fact]
    public void An_empty_path_is_a_problem() =>
        Assert.Single(InputFile.ReadText("").Problems);

    [Fact]
    public void A_file_over_the_limit_is_a_problem_that_states_the_limit()
    {
        var path = Write("big.md", new byte[2 * 1024 * 1024 + 1]);
        var problem = Assert.Single(InputFile.ReadText(path, 2 * 1024 * 1024).Problems);
        Assert.Contains("2 MiB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_default_limit_is_a_problem()
    {
        var path = Write("huge.md", new byte[InputFile.DefaultMaxBytes + 1]);
        Assert.Contains("32 MiB", Assert.Single(InputFile.ReadText(path).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_twenty_megabyte_file_within_the_limit_is_read_and_parsed_without_throwing()
    {
        var row = "| AAPL | TAXABLE-1 | Technology | 100 | 190.00 | $19,000.00 |\n";
        var builder = new StringBuilder(Samples.Portfolio);
        builder.Append("\n\n## More Positions\n| Ticker | Account | Sector | Quantity | Price | Market Value |\n|---|---|---|---|---|---|\n");
        while (builder.Length < 20 * 1024 * 1024)
        {
            builder.Append(row);
        }

        var path = Write("twenty.md", Encoding.UTF8.GetBytes(builder.ToString()));
        var text = InputFile.ReadText(path);
        Assert.True(text.IsValid);
        var result = PortfolioMarkdownReader.Read(text.Value, path);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Message.Contains("Total Value says", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_is_a_problem_with_its_line()
    {
        var path = Write("bad.md", [.. Encoding.UTF8.GetBytes("line one\nline two "), 0xC3, 0x28, (byte)'\n']);
        var problem = Assert.Single(InputFile.ReadText(path).Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_is_refused_with_a_hint() =>
        Assert.Contains("UTF-16", Assert.Single(InputFile.ReadText(Write("u16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("# P")])).Problems).Message, StringComparison.Ordinal);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
