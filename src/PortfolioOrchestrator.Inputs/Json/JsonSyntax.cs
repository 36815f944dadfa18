using System.Text.Json;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// How much a JSON input may bend the standard. Files people annotate (the paper script, the routing
/// file) may carry comments; what an agent hands over (the QA report, the policy, prices) is strict.
/// No input may write a key twice: which value counts would be the parser's guess.
/// </summary>
/// <param name="Comments">Whether <c>// …</c> and <c>/* … */</c> are skipped.</param>
/// <param name="TrailingCommas">Whether a comma may follow the last member of an object or array.</param>
/// <param name="Description">What the syntax is, for a problem's "expected".</param>
public sealed record JsonSyntax(bool Comments, bool TrailingCommas, string Description)
{
    /// <summary>Deeper than this is refused; no input of ours nests more than a few levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>RFC 8259 JSON: no comments, no trailing commas.</summary>
    public static JsonSyntax Strict { get; } = new(false, false, "strict JSON (no comments, no trailing commas)");

    /// <summary>JSON with comments.</summary>
    public static JsonSyntax Commented { get; } = new(true, false, "JSON (comments allowed)");

    /// <summary>JSON with comments and trailing commas.</summary>
    public static JsonSyntax Lenient { get; } = new(true, true, "JSON (comments and trailing commas allowed)");

    internal JsonDocumentOptions DocumentOptions => new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = TrailingCommas,
        CommentHandling = Comments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
    };

    internal JsonReaderOptions ReaderOptions => new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = TrailingCommas,
        CommentHandling = Comments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
    };
}
