using System.Text;
using System.Text.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// A parsed JSON input and the <see cref="JsonFields"/> that read it. Every reader of a JSON file (the
/// QA report, the policy, the paper script, the routing file, prices) starts here, so a syntax error,
/// a key written twice, text that is no Unicode and a wrong field are all reported the same way: file,
/// line, field path, what was expected and what was there.
/// </summary>
public sealed class JsonInput : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonDocument _document;

    private JsonInput(JsonDocument document, JsonFields fields)
    {
        _document = document;
        Fields = fields;
    }

    public JsonElement Root => _document.RootElement;

    public JsonFields Fields { get; }

    /// <summary>The parsed text, or null with its problems in <paramref name="problems"/>. Never throws for bad text.</summary>
    public static JsonInput? Parse(string? text, ProblemList problems, JsonSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(syntax);
        var json = (text ?? string.Empty).TrimStart('\uFEFF');
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            // Only text decoded without checks holds a lone UTF-16 surrogate; files are read strictly.
            problems.AddIssue(LoneSurrogateLine(json), null, "is not valid Unicode text (it holds a lone surrogate)", "UTF-8 " + syntax.Description);
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, syntax.DocumentOptions);
        }
        catch (JsonException exception)
        {
            problems.Add(LineOf(exception), null, SyntaxProblem(exception, syntax));
            return null;
        }

        var before = problems.Count;
        var lines = JsonLines.Scan(utf8, syntax, problems);
        if (problems.Count != before)
        {
            document.Dispose();
            return null;
        }

        return new JsonInput(document, new JsonFields(problems, lines));
    }

    /// <summary>As <see cref="Parse"/>, and the root must be an object: otherwise null, with "expected <paramref name="expected"/>, got an array".</summary>
    public static JsonInput? ParseObject(string? text, ProblemList problems, JsonSyntax syntax, string expected)
    {
        var input = Parse(text, problems, syntax);
        if (input is null || input.Root.ValueKind == JsonValueKind.Object)
        {
            return input;
        }

        input.Fields.Problem(string.Empty, expected, JsonFields.Kind(input.Root));
        input.Dispose();
        return null;
    }

    public void Dispose() => _document.Dispose();

    private static int LineOf(JsonException exception) =>
        exception.LineNumber is { } zeroBased ? (int)Math.Min(zeroBased + 1, int.MaxValue) : 1;

    private static Mismatch SyntaxProblem(JsonException exception, JsonSyntax syntax)
    {
        var line = LineOf(exception);
        var at = exception.BytePositionInLine is { } position ? $"line {line}, byte {position + 1}" : $"line {line}";
        var message = exception.Message;
        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return new Mismatch($"{syntax.Description} nested at most {JsonSyntax.MaxDepth} levels deep", null,
                $"is not valid JSON at {at}: it is nested more than {JsonSyntax.MaxDepth} levels deep");
        }

        // System.Text.Json appends its own 0-based position; the line above is already 1-based.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var detail = Shown.Escape((cut > 0 ? message[..cut] : message).Trim());
        detail = detail.Length > 200 ? detail[..200] + "…" : detail;
        return new Mismatch(syntax.Description, detail, $"is not valid JSON at {at}: {detail}");
    }

    private static int LoneSurrogateLine(string text)
    {
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return line;
            }
        }

        return line;
    }
}
