using System.Text;
using FsCheck.Xunit;
using PortfolioOrchestrator.Reporting.Markdown;

namespace PortfolioOrchestrator.Reporting.Tests.Markdown;

public sealed class MarkdownTextTests
{
    private const string Special = "\\`*_[]<>|#";

    [Theory]
    [InlineData("MSFT", "MSFT")]
    [InlineData("a*b_c", "a\\*b\\_c")]
    [InlineData("[x](http://e)", "\\[x\\](http://e)")]
    [InlineData("<script>", "\\<script\\>")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("# title", "\\# title")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("line1\r\nline2\nline3\rline4", "line1 line2 line3 line4")]
    [InlineData("tab\there", "tab here")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escapes_markdown_syntax_and_folds_line_breaks(string? text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Property]
    public bool Escaped_text_is_one_line(string text) => !MarkdownText.Escape(text).Any(c => c is '\r' or '\n' or '\u2028' or '\u2029');

    [Property]
    public bool Every_special_character_is_escaped(string text)
    {
        var escaped = MarkdownText.Escape(text);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                if (i + 1 >= escaped.Length || !Special.Contains(escaped[i + 1], StringComparison.Ordinal))
                {
                    return false;
                }

                i++;
            }
            else if (Special.Contains(escaped[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Unescaping_gives_back_the_text_with_line_breaks_folded(string text)
    {
        var original = text ?? string.Empty;
        var folded = new string([.. original.Replace("\r\n", "\n", StringComparison.Ordinal).Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)]);
        var escaped = MarkdownText.Escape(original);
        var unescaped = new StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            unescaped.Append(escaped[i] == '\\' ? escaped[++i] : escaped[i]);
        }

        return unescaped.ToString() == folded;
    }
}
