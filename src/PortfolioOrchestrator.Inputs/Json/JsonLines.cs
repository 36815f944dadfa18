using System.Text.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// Where each key and array element of a JSON text is written (1-based line, by <see cref="JsonPath"/>),
/// read token by token because <see cref="JsonDocument"/> forgets positions. The same pass refuses what
/// the document parser lets through: a key written twice in one object, and a string or key whose
/// escapes are no text (a lone surrogate, <c>"\ud800"</c>). Built only for text that already parsed.
/// </summary>
internal sealed class JsonLines
{
    private const string Unicode = "valid Unicode text";
    private const string LoneSurrogate = "holds an escaped lone surrogate (\\uD800–\\uDFFF without its pair)";

    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLines()
    {
    }

    /// <summary>The line of <paramref name="path"/>, else of its nearest written ancestor, else 1.</summary>
    public int LineOf(string path)
    {
        for (var current = path; ; current = JsonPath.Parent(current))
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            if (current.Length == 0)
            {
                return 1;
            }
        }
    }

    public static JsonLines Scan(ReadOnlySpan<byte> utf8, JsonSyntax syntax, ProblemList problems)
    {
        var map = new JsonLines();
        var reader = new Utf8JsonReader(utf8, syntax.ReaderOptions);
        var containers = new Stack<Container>();
        string? property = null;
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            var start = checked((int)reader.TokenStartIndex);
            line += utf8[counted..start].Count((byte)'\n');
            counted = start;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var parent = containers.Peek();
                if (!TryGetString(ref reader, out var name))
                {
                    problems.AddIssue(line, parent.Path.Length == 0 ? "(a key)" : parent.Path, "a key " + LoneSurrogate, Unicode);
                    return map;
                }

                property = JsonPath.Property(parent.Path, name);
                map._lines.TryAdd(property, line);
                if (!parent.Keys.Add(name))
                {
                    problems.AddIssue(line, property, "is written twice", "each key once in an object");
                }

                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            var path = property ?? (containers.TryPeek(out var array) ? array.NextElement() : string.Empty);
            property = null;
            map._lines.TryAdd(path, line);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    containers.Push(new Container(path, isArray: false));
                    break;
                case JsonTokenType.StartArray:
                    containers.Push(new Container(path, isArray: true));
                    break;
                case JsonTokenType.String when !TryGetString(ref reader, out _):
                    problems.AddIssue(line, path.Length == 0 ? null : path, LoneSurrogate, Unicode);
                    return map;
            }
        }

        return map;
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    private sealed class Container(string path, bool isArray)
    {
        private int _next;

        public string Path { get; } = path;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public string NextElement() => isArray ? JsonPath.Element(Path, _next++) : Path;
    }
}
