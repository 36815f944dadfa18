using System.Text.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// Typed reads of JSON fields that report what was expected under the field's path
/// (<c>trades[2].size_dollars</c>). A field set to <c>null</c> counts as absent. Numbers must be
/// JSON numbers: a string such as "5000.00" is refused, since an order's size is never guessed.
/// </summary>
internal sealed class JsonFields(ProblemList problems)
{
    public ProblemList Problems => problems;

    public static string PathOf(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    /// <summary>The field's value when present and not null.</summary>
    public static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        value = default;
        return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public void Missing(string path, string expectation) => problems.Add(null, path, $"is required: expected {expectation}");

    public string? String(JsonElement parent, string name, string path, bool required, string expectation)
    {
        var field = PathOf(path, name);
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
            problems.Add(null, field, $"expected {expectation} as a JSON string, got {Kind(value)}");
            return null;
        }

        return value.GetString();
    }

    public decimal? Number(JsonElement parent, string name, string path, bool required, string expectation)
    {
        var field = PathOf(path, name);
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
            problems.Add(null, field, $"expected {expectation} as a JSON number, got {Kind(value)}");
            return null;
        }

        if (!value.TryGetDecimal(out var number))
        {
            problems.Add(null, field, $"expected {expectation}, got {Shown.Quote(value.GetRawText())}, which is too large to hold exactly");
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
            problems.Add(null, PathOf(path, name), $"expected {expectation}{(n > 0m ? $" of at most {Amounts.MaxDollarsText}" : string.Empty)}, got {Raw(parent, name)}");
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
            problems.Add(null, PathOf(path, name), $"expected {expectation} of at most {Amounts.MaxDollarsText}, got {Raw(parent, name)}");
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
            problems.Add(null, PathOf(path, name), problem ?? $"expected {TimestampText.Expectation}");
        }

        return value;
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "the string " + Shown.Quote(value.GetString()),
        JsonValueKind.Number => "the number " + Shown.Quote(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Raw(JsonElement parent, string name) => Shown.Quote(parent.GetProperty(name).GetRawText());
}
