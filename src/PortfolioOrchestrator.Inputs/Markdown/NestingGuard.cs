namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>
/// Finds lines nested absurdly deep in lists, quotes or indentation. Markdown parsing slows down
/// sharply with nesting depth, and a PORTFOLIO.md has no use for it, so such a file is refused
/// before it is parsed.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Longest run of container markers and indentation allowed before a line's text.</summary>
    public const int MaxPrefix = 200;

    /// <summary>The 1-based number of the first line nested too deeply, or null.</summary>
    public static int? FirstTooDeepLine(string markdown)
    {
        var line = 1;
        var prefix = 0;
        var inPrefix = true;
        foreach (var c in markdown)
        {
            if (c == '\n')
            {
                line++;
                prefix = 0;
                inPrefix = true;
                continue;
            }

            if (!inPrefix)
            {
                continue;
            }

            if (c is ' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' || char.IsAsciiDigit(c))
            {
                if (++prefix > MaxPrefix)
                {
                    return line;
                }
            }
            else
            {
                inPrefix = false;
            }
        }

        return null;
    }
}
