using System.Text;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>
/// Builds a Markdown document. Callers pass text already escaped (<see cref="MarkdownText"/>) where it
/// came from an input; the writer only lays it out, with LF line ends.
/// </summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Heading(int level, string title)
    {
        // Exactly one blank line before a heading, however the previous block ended.
        while (_text.Length > 0 && _text[^1] == '\n')
        {
            _text.Length--;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _text.Append('#', level).Append(' ').Append(title).Append("\n\n");
        return this;
    }

    public MarkdownWriter Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public MarkdownWriter Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        return this;
    }

    public MarkdownWriter Bullet(string item)
    {
        _text.Append("- ").Append(item).Append('\n');
        return this;
    }

    /// <summary>A bulleted list, or <paramref name="whenEmpty"/> as a paragraph when there is nothing to list.</summary>
    public MarkdownWriter Bullets(IEnumerable<string> items, string whenEmpty)
    {
        var any = false;
        foreach (var item in items)
        {
            Bullet(item);
            any = true;
        }

        if (any)
        {
            _text.Append('\n');
        }
        else if (whenEmpty.Length > 0)
        {
            _text.Append(whenEmpty).Append("\n\n");
        }

        return this;
    }

    public MarkdownWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _text.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        _text.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        foreach (var row in rows)
        {
            _text.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>A fenced code block; the fence is longer than any run of backticks inside it.</summary>
    public MarkdownWriter CodeBlock(IEnumerable<string> lines)
    {
        var body = string.Join('\n', lines);
        var fence = new string('`', Math.Max(3, LongestBacktickRun(body) + 1));
        _text.Append(fence).Append('\n').Append(body).Append('\n').Append(fence).Append("\n\n");
        return this;
    }

    public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
