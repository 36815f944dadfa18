using System.Text.Json;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// Parses strict JSON (no comments, no trailing commas, no duplicate keys, at most 64 levels deep) and
/// turns a syntax error into a problem with its 1-based line.
/// </summary>
internal static class JsonInput
{
    public const int MaxDepth = 64;

    private const string LoneSurrogateMessage = "holds an escaped lone surrogate (\\uD800–\\uDFFF without its pair); expected valid Unicode text";

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
            var document = JsonDocument.Parse(json ?? string.Empty, Options);
            if (LoneSurrogateEscape(document.RootElement, string.Empty) is { } at)
            {
                // The parser accepts "\ud800" but reading it as a string throws later; refuse it here, once.
                document.Dispose();
                problems.Add(null, Text.Shown.Escape(at.Length > 200 ? at[..200] + "…" : at), LoneSurrogateMessage);
                return null;
            }

            return document;
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)Math.Min(zeroBased + 1, int.MaxValue) : (int?)null;
            var column = exception.BytePositionInLine is { } position ? $", byte {position + 1}" : string.Empty;
            problems.Add(line, exception.Path is { Length: > 1 } path ? path : null, $"is not valid JSON{(line is null ? string.Empty : $" at line {line}{column}")}: {Describe(exception)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // Checking keys for duplicates decodes them; an escaped lone surrogate in a key fails there.
            problems.Add(null, null, LoneSurrogateMessage);
            return null;
        }
        catch (ArgumentException)
        {
            // A lone UTF-16 surrogate cannot be turned into UTF-8; only text decoded without checks holds one.
            problems.Add(null, null, "is not valid Unicode text (it holds a lone surrogate); expected UTF-8 JSON");
            return null;
        }
    }

    /// <summary>The path of the first string or property name whose escapes do not decode to valid UTF-16, or null.</summary>
    private static string? LoneSurrogateEscape(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return path.Length == 0 ? "(a key)" : path;
                    }

                    if (LoneSurrogateEscape(property.Value, JsonFields.PathOf(path, name)) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (LoneSurrogateEscape(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return path.Length == 0 ? "(the document)" : path;
                }

            default:
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
