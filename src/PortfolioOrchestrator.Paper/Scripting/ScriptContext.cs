using System.Globalization;
using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>The problems found so far while reading one script, and where its fields are written.</summary>
internal sealed class ScriptContext(string fileName, JsonLineMap lines)
{
    private readonly List<InputProblem> _problems = [];

    public IReadOnlyList<InputProblem> Problems => _problems;

    public void Problem(string path, string message) =>
        _problems.Add(new InputProblem(fileName, lines.LineOf(path), path.Length == 0 ? null : path, message));

    /// <summary>
    /// An object's properties by name. A name written twice, or one outside <paramref name="allowed"/>
    /// (when given), is a problem; the first of a repeated name is kept.
    /// </summary>
    public Dictionary<string, JsonElement> Properties(JsonElement element, string path, IReadOnlyCollection<string>? allowed)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = JsonLineMap.Join(path, property.Name);
            if (allowed is not null && !allowed.Contains(property.Name))
            {
                Problem(propertyPath, $"unknown key \"{property.Name}\"; expected one of {string.Join(", ", allowed)}");
            }
            else if (!properties.TryAdd(property.Name, property.Value))
            {
                Problem(propertyPath, $"\"{property.Name}\" is written twice");
            }
        }

        return properties;
    }

    /// <summary>What a JSON value is, for a message ("the string \"abc\"", "null", "the number 2.5").</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(element.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number => "the number " + Shorten(element.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    public static bool TryGetDecimal(JsonElement element, out decimal value)
    {
        value = 0m;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out value);
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
