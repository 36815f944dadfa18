using System.Text;
using Markdig.Syntax.Inlines;

namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>
/// The plain text of Markdown inlines: emphasis, links and code lose their markers, so
/// <c>**Last Updated:**</c> reads as <c>Last Updated:</c>. Walked with an explicit stack so deeply
/// nested emphasis cannot exhaust the call stack.
/// </summary>
internal static class InlineText
{
    /// <summary>The text on one line (line breaks become spaces).</summary>
    public static string Of(ContainerInline? inline) =>
        string.Join(' ', Lines(inline, 0).Select(line => line.Text)).Trim();

    /// <summary>The text split at line breaks, each with its 1-based line number.</summary>
    public static IReadOnlyList<TextLine> Lines(ContainerInline? inline, int fallbackLine)
    {
        var lines = new List<TextLine>();
        var current = new StringBuilder();
        int? currentLine = null;
        var pending = new Stack<Inline>();
        Push(pending, inline);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            currentLine ??= next.Line + 1;
            switch (next)
            {
                case LineBreakInline:
                    lines.Add(new TextLine(currentLine ?? fallbackLine, current.ToString()));
                    current.Clear();
                    currentLine = null;
                    break;
                case LiteralInline literal:
                    current.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    current.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    current.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    current.Append(autolink.Url);
                    break;
                case ContainerInline container:
                    Push(pending, container);
                    break;
                default:
                    // Raw HTML and other markup carry no text we read.
                    break;
            }
        }

        lines.Add(new TextLine(currentLine ?? fallbackLine, current.ToString()));
        return lines.Where(line => line.Text.Trim().Length > 0).ToArray();
    }

    private static void Push(Stack<Inline> pending, ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }

        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }
}
