namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// A JSON document written inside one Markdown code fence, as agents often write it: the opening line
/// <c>```</c> or <c>```json</c> (any case), the closing line <c>```</c>, nothing but white space outside
/// (CONTRACT Resolution 23). The fence lines become empty lines, so every line number still points at
/// the file's own line. Anything else — text around the fence, a second fence — is left as it is.
/// </summary>
internal static class MarkdownFence
{
    private const string Fence = "```";

    /// <summary>The JSON inside the fence, or null when <paramref name="text"/> is not one fenced block.</summary>
    public static string? Unwrap(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || first == last || !IsOpening(lines[first].Trim()) || lines[last].Trim() != Fence)
        {
            return null;
        }

        if (lines.Skip(first + 1).Take(last - first - 1).Any(l => l.TrimStart().StartsWith(Fence, StringComparison.Ordinal)))
        {
            return null;
        }

        lines[first] = string.Empty;
        lines[last] = string.Empty;
        return string.Join('\n', lines);
    }

    private static bool IsOpening(string line) =>
        line.StartsWith(Fence, StringComparison.Ordinal) && line[Fence.Length..].Trim() is var tag
        && (tag.Length == 0 || tag.Equals("json", StringComparison.OrdinalIgnoreCase));
}
