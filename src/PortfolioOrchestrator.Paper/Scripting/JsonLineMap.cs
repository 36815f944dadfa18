using System.Text.Json;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>
/// The 1-based line on which each property of a JSON text is written, by dotted path
/// (<c>tickers.MSFT.fill_ratio</c>). <see cref="JsonDocument"/> forgets positions, so the text is read
/// once more token by token. Only built for text that already parsed.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public static JsonLineMap Build(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, options);
        var containers = new Stack<string>();
        string? property = null;
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            var start = checked((int)reader.TokenStartIndex);
            line += utf8[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var parent = containers.Count == 0 ? string.Empty : containers.Peek();
                    property = Join(parent, reader.GetString() ?? string.Empty);
                    map._lines.TryAdd(property, line);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    containers.Push(property ?? (containers.Count == 0 ? string.Empty : containers.Peek() + "[]"));
                    property = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    property = null;
                    break;
            }
        }

        return map;
    }

    public static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    /// <summary>The line of <paramref name="path"/>, or of its nearest written ancestor, or 1.</summary>
    public int LineOf(string path)
    {
        for (var current = path; current.Length > 0; current = current[..Math.Max(current.LastIndexOf('.'), 0)])
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }
        }

        return 1;
    }
}
