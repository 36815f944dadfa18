using System.Text.Json;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// Parses strict JSON (no comments, no trailing commas, no duplicate keys, at most 64 levels deep) and
/// turns a syntax error into a problem with its 1-based line.
/// </summary>
internal static class JsonInput
{
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        // Two values for one key would leave the meaning to the parser; refuse instead.
        AllowDuplicateProperties = false,
    };

    public static JsonDocument? Parse(string json, Text.ProblemList problems)
    {
        try
        {
            return JsonDocument.Parse(json ?? string.Empty, Options);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)Math.Min(zeroBased + 1, int.MaxValue) : (int?)null;
            var column = exception.BytePositionInLine is { } position ? $", byte {position + 1}" : string.Empty;
            problems.Add(line, exception.Path is { Length: > 1 } path ? path : null, $"is not valid JSON{(line is null ? string.Empty : $" at line {line}{column}")}: {Describe(exception)}");
            return null;
        }
        catch (ArgumentException)
        {
            // A lone UTF-16 surrogate cannot be turned into UTF-8; only text decoded without checks holds one.
            problems.Add(null, null, "is not valid Unicode text (it holds a lone surrogate); expected UTF-8 JSON");
            return null;
        }
    }

    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return $"it is nested more than {MaxDepth} levels deep; expected a flat report";
        }

        // System.Text.Json appends its own 0-based position; the line above is already 1-based.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim();
        return Text.Shown.Escape(text.Length > 200 ? text[..200] + "…" : text);
    }
}
