namespace PortfolioOrchestrator.Inputs.Tests.Prices;

public sealed class PricesReaderTests
{
    private const string File = "prices.json";

    [Fact]
    public void Tickers_are_read_upper_case()
    {
        var prices = PricesReader.Read("""{"msft": 371.2, " AMD ": 150}""", File).Value;

        Assert.Equal(371.2m, prices["MSFT"]);
        Assert.Equal(150m, prices["AMD"]);
    }

    [Theory]
    [InlineData("{\n  \"MSFT\": -1\n}", 2, "MSFT", "expected a positive price in dollars, got the number '-1'")]
    [InlineData("{\n  \"MSFT\": \"371\"\n}", 2, "MSFT", "got the string '371'")]
    [InlineData("{\n  \"\": 1\n}", 2, "\"\"", "got an empty key")]
    [InlineData("{\"msft\": 1,\n \"MSFT\": 2}", 2, "MSFT", "MSFT is given twice")]
    [InlineData("{\"MSFT\": 1, \"MSFT\": 2}", 1, "MSFT", "is written twice")]
    [InlineData("[371.2]", 1, null, "expected a JSON object of ticker to price")]
    [InlineData("{\"MSFT\": 1,}", 1, null, "is not valid JSON at line 1")]
    public void Bad_prices_name_the_line_and_the_ticker(string json, int line, string? field, string message)
    {
        var problem = Assert.Single(PricesReader.Read(json, File).Problems);

        Assert.Equal((File, line), (problem.File, problem.Line));
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
