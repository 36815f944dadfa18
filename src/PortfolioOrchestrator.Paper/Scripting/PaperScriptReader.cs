using System.Text;
using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>
/// Reads a paper broker script (CONTRACT §3). Unknown keys are bad input — a misspelt key must not
/// silently change a simulation. Comments are allowed. Never throws: every problem comes back with
/// the file, line and field path.
/// </summary>
public static class PaperScriptReader
{
    public const int MaxLatencyMs = 60_000;

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };
    private static readonly string[] TopLevelKeys = ["latency_ms", "default", "tickers", "refresh"];

    public static InputResult<PaperScript> Read(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } zeroBased ? int.CreateSaturating(zeroBased) + 1 : 1;
            return InputResult<PaperScript>.Failure(new InputProblem(fileName, line, null, "expected valid JSON: " + FirstSentence(ex.Message)));
        }

        using (document)
        {
            if (LoneSurrogateLine(utf8) is { } surrogateLine)
            {
                return InputResult<PaperScript>.Failure(new InputProblem(fileName, surrogateLine, null, "expected valid Unicode text: a string or key holds an escaped lone surrogate (\\uD800–\\uDFFF without its pair)"));
            }

            var context = new ScriptContext(fileName, JsonLineMap.Build(utf8, ReaderOptions));
            var script = ReadScript(document.RootElement, context);
            return context.Problems.Count == 0 && script is not null
                ? InputResult<PaperScript>.Success(script)
                : InputResult<PaperScript>.Failure(context.Problems);
        }
    }

    /// <summary>The 1-based line of the first string or key whose escapes do not decode to valid UTF-16 (the parser accepts them; reading them throws).</summary>
    private static int? LoneSurrogateLine(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
            {
                continue;
            }

            try
            {
                _ = reader.GetString();
            }
            catch (InvalidOperationException)
            {
                return utf8.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n') + 1;
            }
        }

        return null;
    }

    private static PaperScript? ReadScript(JsonElement root, ScriptContext context)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            context.Problem(string.Empty, "expected a JSON object with latency_ms, default, tickers and refresh");
            return null;
        }

        var properties = context.Properties(root, string.Empty, TopLevelKeys);
        var latency = properties.TryGetValue("latency_ms", out var latencyElement) ? ReadLatency(latencyElement, context) : 0;
        var defaults = properties.TryGetValue("default", out var defaultElement)
            ? PaperRulesReader.Read(defaultElement, "default", context)
            : PaperTickerScript.Unset;
        var tickers = properties.TryGetValue("tickers", out var tickersElement)
            ? ReadTickers(tickersElement, context)
            : new Dictionary<Ticker, PaperTickerScript>();
        var refresh = properties.TryGetValue("refresh", out var refreshElement) ? PaperRefreshReader.Read(refreshElement, context) : null;
        return new PaperScript(latency, defaults ?? PaperTickerScript.Unset, tickers, refresh);
    }

    private static int ReadLatency(JsonElement element, ScriptContext context)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var ms) && ms is >= 0 and <= MaxLatencyMs)
        {
            return ms;
        }

        context.Problem("latency_ms", $"expected a whole number of milliseconds from 0 to {MaxLatencyMs}, found {ScriptContext.Describe(element)}");
        return 0;
    }

    private static Dictionary<Ticker, PaperTickerScript> ReadTickers(JsonElement element, ScriptContext context)
    {
        var tickers = new Dictionary<Ticker, PaperTickerScript>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Problem("tickers", $"expected an object keyed by ticker symbol, found {ScriptContext.Describe(element)}");
            return tickers;
        }

        foreach (var (name, value) in context.Properties(element, "tickers", null))
        {
            var path = "tickers." + name;
            if (string.IsNullOrWhiteSpace(name))
            {
                context.Problem(path, "expected a ticker symbol, found an empty key");
                continue;
            }

            var ticker = Ticker.Create(name);
            var rules = PaperRulesReader.Read(value, path, context);
            if (rules is not null && !tickers.TryAdd(ticker, rules))
            {
                context.Problem(path, $"ticker {ticker} is scripted twice");
            }
        }

        return tickers;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
