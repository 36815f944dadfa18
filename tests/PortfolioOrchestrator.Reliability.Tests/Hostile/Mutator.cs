using System.Text.RegularExpressions;
using PortfolioOrchestrator.Testing.Fuzz;

namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>Structured edits of the sample inputs: a JSON value or a Markdown table cell replaced by a hostile one, or raw text edits.</summary>
public static partial class Mutator
{
    private static readonly string[] Fragments = ["{", "}", "[", "]", ",", ":", "\"", "|", "\n", "\r", "\t", "\0", "\uFEFF", "\uD800", "NaN", "1e400", "-0", "**", "<b>", "#", "$", "%", "\\"];

    /// <summary>Replaces the <paramref name="occurrence"/>-th scalar value of the JSON text (modulo their count).</summary>
    public static string ReplaceJsonValue(string json, int occurrence, string token)
    {
        var matches = JsonScalar().Matches(json);
        var match = matches[Math.Abs(occurrence % matches.Count)];
        var value = match.Groups["value"];
        return string.Concat(json.AsSpan(0, value.Index), token, json.AsSpan(value.Index + value.Length));
    }

    /// <summary>Replaces the <paramref name="occurrence"/>-th table cell or <c>**Label:**</c> value of the Markdown (modulo their count).</summary>
    public static string ReplaceMarkdownCell(string markdown, int occurrence, string cell)
    {
        var matches = MarkdownCell().Matches(markdown);
        var match = matches[Math.Abs(occurrence % matches.Count)];
        var value = match.Groups["value"];
        return string.Concat(markdown.AsSpan(0, value.Index), " " + cell + " ", markdown.AsSpan(value.Index + value.Length));
    }

    /// <summary>Deletes, inserts or overwrites at random places (seeded).</summary>
    public static string RawEdits(string text, int seed, int count) => TextMutations.Apply(text, seed, count, Fragments, maxCut: 7);

    // A key followed by a string, number or literal (not an object or array).
    [GeneratedRegex(@"""[a-z_]+""\s*:\s*(?<value>""(?:[^""\\]|\\.)*""|-?[0-9][0-9.eE+-]*|true|false|null)")]
    private static partial Regex JsonScalar();

    // A cell between pipes that is not a separator row, or the value after a bold label.
    [GeneratedRegex(@"(?<=\|)(?<value>[^|\n]*[^|\n\-\s][^|\n]*)(?=\|)|(?<=\*\*:?\s*)(?<value>[^*\n]+)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownCell();
}
