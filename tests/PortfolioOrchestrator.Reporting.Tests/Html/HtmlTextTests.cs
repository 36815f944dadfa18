using FsCheck.Xunit;
using PortfolioOrchestrator.Reporting.Html;

namespace PortfolioOrchestrator.Reporting.Tests.Html;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"'&", "&quot;&#39;&amp;")]
    [InlineData("Énergie — 日本 🚀", "Énergie — 日本 🚀")]
    [InlineData("a\u0000b\u001Bc", "a b c")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Markup_characters_become_entities_and_unicode_stays(string text, string expected) =>
        Assert.Equal(expected, HtmlText.Escape(text));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character() =>
        Assert.Equal("lone \uFFFD surrogate \uFFFD", HtmlText.Escape("lone \uD800 surrogate \uDC00"));

    [Fact]
    public void Null_and_empty_are_empty() => Assert.Equal(string.Empty, HtmlText.Escape(null) + HtmlText.Escape(string.Empty));

    [Property]
    public void Escaped_text_holds_no_markup_character(string? text)
    {
        var escaped = HtmlText.Escape(text);

        Assert.DoesNotContain('<', escaped);
        Assert.DoesNotContain('>', escaped);
        Assert.DoesNotContain('"', escaped);
        Assert.DoesNotContain('\'', escaped);
        for (var at = escaped.IndexOf('&', StringComparison.Ordinal); at >= 0; at = escaped.IndexOf('&', at + 1))
        {
            var rest = escaped[at..];
            Assert.True(rest.StartsWith("&amp;", StringComparison.Ordinal) || rest.StartsWith("&lt;", StringComparison.Ordinal)
                || rest.StartsWith("&gt;", StringComparison.Ordinal) || rest.StartsWith("&quot;", StringComparison.Ordinal)
                || rest.StartsWith("&#39;", StringComparison.Ordinal));
        }
    }
}
