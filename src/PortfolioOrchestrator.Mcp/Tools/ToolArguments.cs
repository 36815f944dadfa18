using System.Text.Json;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Domain.Inputs;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// A tool call's arguments. A missing, mistyped or unknown argument is bad input naming the argument (file
/// <c>arguments</c>), as the command line names its options — a tool result with <c>isError</c>, never a
/// protocol error.
/// </summary>
public sealed class ToolArguments(string tool, IDictionary<string, JsonElement>? values)
{
    public const string File = "arguments";

    private readonly IDictionary<string, JsonElement> _values = values ?? new Dictionary<string, JsonElement>();

    public string Tool { get; } = tool;

    public bool Has(string name) => _values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Refuses every argument the tool does not take.</summary>
    public void EnsureOnly(IReadOnlyCollection<string> allowed)
    {
        var unknown = _values.Keys.Where(k => !allowed.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw PoException.BadInput([.. unknown.Select(k => new InputProblem(File, null, k, $"only the arguments {Tool} takes: {string.Join(", ", allowed)}", k) { Issue = "is not an argument of " + Tool })]);
        }
    }

    public string? OptionalString(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = _values[name];
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Problem(name, "a string", value);
    }

    public string RequiredString(string name, string expected) =>
        OptionalString(name) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw PoException.BadInput([new InputProblem(File, null, name, expected, null) { Issue = "is required" }]);

    public bool Bool(string name, bool fallback)
    {
        if (!Has(name))
        {
            return fallback;
        }

        var value = _values[name];
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Problem(name, "true or false", value),
        };
    }

    /// <summary>A JSON object argument as its text, or null when absent.</summary>
    public string? OptionalObject(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = _values[name];
        return value.ValueKind == JsonValueKind.Object ? value.GetRawText() : throw Problem(name, "a JSON object", value);
    }

    /// <summary>The SHA-256 of the arguments as sent (lower-case hex), for the journal's log of tool calls.</summary>
    public string Digest() => Hashing.Sha256(JsonSerializer.Serialize(
        _values.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value)));

    private static PoException Problem(string name, string expected, JsonElement value) =>
        PoException.BadInput([new InputProblem(File, null, name, expected, Describe(value))]);

    private static string Describe(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText();
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
