using System.Text.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// Reads the fields of one <see cref="JsonInput"/> and reports each problem with the line its field is
/// written on (a missing field: the line of the object that lacks it), the field's path
/// (<c>trades[2].size_dollars</c>), what was expected and what was there. Numbers must be JSON numbers:
/// a string such as "5000.00" is refused, since an order's size is never guessed.
/// </summary>
public sealed class JsonFields
{
    private readonly JsonLines _lines;

    internal JsonFields(ProblemList problems, JsonLines lines)
    {
        Problems = problems;
        _lines = lines;
    }

    public ProblemList Problems { get; }

    /// <summary>A value that is not what was expected.</summary>
    public void Problem(string path, string expected, string? got) => Problems.Add(_lines.LineOf(path), FieldOf(path), expected, got);

    public void Problem(string path, Mismatch mismatch) => Problems.Add(_lines.LineOf(path), FieldOf(path), mismatch);

    /// <summary>Something wrong that a value alone does not say: "is required", "is listed twice".</summary>
    public void Issue(string path, string issue, string expected, string? got = null) =>
        Problems.AddIssue(_lines.LineOf(path), FieldOf(path), issue, expected, got);

    public void Missing(string path, string expectation) => Issue(path, "is required", expectation);

    /// <summary>Every key of <paramref name="element"/> outside <paramref name="known"/> is a problem: a misspelt key must not be silently ignored.</summary>
    public void UnknownKeys(JsonElement element, string path, IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            Issue(JsonPath.Property(path, property.Name), "unknown key " + Shown.Quote(property.Name), "one of " + string.Join(", ", known));
        }
    }

    /// <summary>The field's value when present and not null (a null field counts as absent).</summary>
    public static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        value = default;
        return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public string? String(JsonElement parent, string name, string path, bool required, string expectation)
    {
        var field = JsonPath.Property(path, name);
        if (!TryGet(parent, name, out var value))
        {
            if (required)
            {
                Missing(field, expectation);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(field, $"{expectation} as a JSON string", Kind(value));
            return null;
        }

        return value.GetString();
    }

    public decimal? Number(JsonElement parent, string name, string path, bool required, string expectation)
    {
        var field = JsonPath.Property(path, name);
        if (!TryGet(parent, name, out var value))
        {
            if (required)
            {
                Missing(field, expectation);
            }

            return null;
        }

        return Number(value, field, expectation);
    }

    public decimal? Number(JsonElement value, string field, string expectation)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            Problem(field, $"{expectation} as a JSON number", Kind(value));
            return null;
        }

        if (!value.TryGetDecimal(out var number))
        {
            Problem(field, expectation, $"{Shown.Quote(value.GetRawText())}, which is too large to hold exactly");
            return null;
        }

        return number;
    }

    /// <summary>A dollar amount greater than zero (and at most a quadrillion).</summary>
    public decimal? PositiveMoney(JsonElement parent, string name, string path, bool required, string example)
    {
        var expectation = $"a positive dollar amount like {example}";
        var number = Number(parent, name, path, required, expectation);
        if (number is { } n && (n <= 0m || n > Amounts.MaxDollars))
        {
            Problem(JsonPath.Property(path, name), $"{expectation}{(n > 0m ? $" of at most {Amounts.MaxDollarsText}" : string.Empty)}", Raw(parent, name));
            return null;
        }

        return number;
    }

    public decimal? NonNegativeMoney(JsonElement parent, string name, string path, string example)
    {
        var expectation = $"a non-negative dollar amount like {example}";
        var number = Number(parent, name, path, required: false, expectation);
        if (number is { } n && (n < 0m || n > Amounts.MaxDollars))
        {
            Problem(JsonPath.Property(path, name), $"{expectation} of at most {Amounts.MaxDollarsText}", Raw(parent, name));
            return null;
        }

        return number;
    }

    public DateTimeOffset? Timestamp(JsonElement parent, string name, string path, bool required)
    {
        var text = String(parent, name, path, required, "an ISO 8601 time with offset like 2026-11-24T13:00:00-05:00");
        if (text is null)
        {
            return null;
        }

        var value = TimestampText.Parse(text, out var problem);
        if (value is null)
        {
            Problem(JsonPath.Property(path, name), problem ?? new Mismatch(TimestampText.Expectation, Shown.Quote(text)));
        }

        return value;
    }

    /// <summary>What a JSON value is, for a problem's "got": "the string 'abc'", "the number 2.5", "null".</summary>
    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "the string " + Shown.Quote(value.GetString()),
        JsonValueKind.Number => "the number " + Shown.Quote(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string? FieldOf(string path) => path.Length == 0 ? null : path;

    private static string Raw(JsonElement parent, string name) => Shown.Quote(parent.GetProperty(name).GetRawText());
}
