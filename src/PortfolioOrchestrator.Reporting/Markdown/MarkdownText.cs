using System.Text;

namespace PortfolioOrchestrator.Reporting.Markdown;

/// <summary>
/// Makes text that came from an input safe to place in Markdown: every character Markdown could read
/// as syntax is backslash-escaped and line breaks are folded into spaces, so a ticker, a note or a
/// reason can never open a link, a heading, an HTML tag or break a table row.
/// </summary>
public static class MarkdownText
{
    private const string Special = "\\`*_[]<>|#";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029')
            {
                // \r\n is one break, folded to one space.
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append(' ');
            }
            else if (char.IsControl(c))
            {
                builder.Append(' ');
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
