using System.Text;

namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>Reduces a header, column name or label to lower-case words so they match however they are written.</summary>
internal static class Words
{
    /// <summary><c>**Market Value ($)**</c> → <c>market value</c>; <c>% of Portfolio</c> → <c>percent of portfolio</c>.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '%')
            {
                builder.Append(" percent ");
            }
            else
            {
                builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word != "usd"));
    }

    public static IReadOnlySet<string> Set(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
