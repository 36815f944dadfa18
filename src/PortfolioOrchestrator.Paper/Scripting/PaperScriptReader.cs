using System.Globalization;
using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>
/// Reads a paper broker script (CONTRACT §3). Unknown keys are bad input — a misspelt key must not
/// silently change a simulation. Comments are allowed. Never throws: every problem comes back with
/// the file, line, field path, what was expected and what was there.
/// </summary>
public static class PaperScriptReader
{
    public const int MaxLatencyMs = 60_000;

    private static readonly string[] TopLevelKeys = ["latency_ms", "default", "tickers", "refresh"];

    public static InputResult<PaperScript> Read(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemList(fileName);
        using var input = JsonInput.ParseObject(json, problems, JsonSyntax.Commented, "a JSON object with latency_ms, default, tickers and refresh");
        if (input is null)
        {
            return problems.Failure<PaperScript>();
        }

        var script = ReadScript(input.Root, input.Fields);
        return problems.ResultOf(() => script);
    }

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static PaperScript ReadScript(JsonElement root, JsonFields fields)
    {
        fields.UnknownKeys(root, string.Empty, TopLevelKeys);
        var latency = root.TryGetProperty("latency_ms", out var latencyElement) ? ReadLatency(latencyElement, fields) : 0;
        var defaults = root.TryGetProperty("default", out var defaultElement)
            ? PaperRulesReader.Read(defaultElement, "default", fields)
            : PaperTickerScript.Unset;
        var tickers = root.TryGetProperty("tickers", out var tickersElement)
            ? ReadTickers(tickersElement, fields)
            : new Dictionary<Ticker, PaperTickerScript>();
        var refresh = root.TryGetProperty("refresh", out var refreshElement) ? PaperRefreshReader.Read(refreshElement, fields) : null;
        return new PaperScript(latency, defaults ?? PaperTickerScript.Unset, tickers, refresh);
    }

    private static int ReadLatency(JsonElement element, JsonFields fields)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var ms) && ms is >= 0 and <= MaxLatencyMs)
        {
            return ms;
        }

        fields.Problem("latency_ms", $"a whole number of milliseconds from 0 to {Format(MaxLatencyMs)}", JsonFields.Kind(element));
        return 0;
    }

    private static Dictionary<Ticker, PaperTickerScript> ReadTickers(JsonElement element, JsonFields fields)
    {
        var tickers = new Dictionary<Ticker, PaperTickerScript>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("tickers", "an object keyed by ticker symbol", JsonFields.Kind(element));
            return tickers;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = JsonPath.Property("tickers", property.Name);
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                fields.Problem(path, "a ticker symbol", "an empty key");
                continue;
            }

            var ticker = Ticker.Create(property.Name);
            var rules = PaperRulesReader.Read(property.Value, path, fields);
            if (rules is not null && !tickers.TryAdd(ticker, rules))
            {
                fields.Issue(path, $"ticker {ticker} is scripted twice (tickers are compared ignoring case)", "each ticker once");
            }
        }

        return tickers;
    }
}
