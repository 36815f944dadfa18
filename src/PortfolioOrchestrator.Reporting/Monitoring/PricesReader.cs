using System.Text.Json;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>Reads <c>--prices</c>: a JSON object of ticker to positive price in dollars, <c>{"MSFT": 371.2}</c>. Tickers are matched upper-case.</summary>
public static class PricesReader
{
    public static (IReadOnlyDictionary<string, decimal>? Prices, IReadOnlyList<string> Problems) Read(string json, string fileName)
    {
        var problems = new List<string>();
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, [$"{fileName}: expected a JSON object of ticker to price, like {{\"MSFT\": 371.2}}"]);
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var ticker = property.Name.Trim().ToUpperInvariant();
                if (ticker.Length == 0)
                {
                    problems.Add($"{fileName}: an empty ticker");
                }
                else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var price) || price <= 0m)
                {
                    problems.Add($"{fileName}: {property.Name}: expected a positive price in dollars");
                }
                else if (!prices.TryAdd(ticker, price))
                {
                    problems.Add($"{fileName}: {property.Name}: given twice");
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add($"{fileName}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }

        return problems.Count > 0 ? (null, problems) : (prices, problems);
    }
}
