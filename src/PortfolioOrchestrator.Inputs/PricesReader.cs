using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>
/// Reads <c>po monitor --prices</c>: a strict JSON object of ticker to positive price in dollars per
/// share, <c>{"MSFT": 371.2}</c>. Tickers are matched upper-case, so <c>msft</c> and <c>MSFT</c> are one
/// ticker and may not both be given. Returns every problem found; never throws.
/// </summary>
public static class PricesReader
{
    public static InputResult<IReadOnlyDictionary<string, decimal>> Read(string json, string fileName)
    {
        var problems = new ProblemList(fileName);
        using var input = JsonInput.ParseObject(json, problems, JsonSyntax.Strict, "a JSON object of ticker to price, like {\"MSFT\": 371.2}");
        if (input is null)
        {
            return problems.Failure<IReadOnlyDictionary<string, decimal>>();
        }

        var fields = input.Fields;
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var property in input.Root.EnumerateObject())
        {
            var path = JsonPath.Property(string.Empty, property.Name);
            var ticker = property.Name.Trim().ToUpperInvariant();
            if (ticker.Length == 0)
            {
                fields.Problem(path, "a ticker symbol as the key", "an empty key");
            }
            else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var price) || price <= 0m)
            {
                fields.Problem(path, "a positive price in dollars", JsonFields.Kind(property.Value));
            }
            else if (!prices.TryAdd(ticker, price))
            {
                fields.Issue(path, $"{ticker} is given twice (tickers are compared ignoring case)", "each ticker once");
            }
        }

        return problems.ResultOf<IReadOnlyDictionary<string, decimal>>(() => prices);
    }
}
