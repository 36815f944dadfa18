using System.Globalization;
using System.Text.RegularExpressions;

namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>
/// Reads the numbers people and LLMs write in Markdown: money (<c>$1,234.56</c>, <c>1234.56</c>,
/// <c>($1,234.56)</c> as a negative), percentages (<c>24%</c>, <c>24.0 %</c>, <c>24</c>) and share counts.
/// Each returns null and says what was expected when the text is not such a number.
/// </summary>
internal static partial class NumberText
{
    public const string MoneyExpectation = "a dollar amount like 5,000.00";

    public const string PercentExpectation = "a percentage like 24.5%";

    public const string QuantityExpectation = "a number of shares like 100";

    public static decimal? Money(string text, out Mismatch? problem)
    {
        var match = MoneyPattern().Match(text.Trim());
        return Read(match, text, MoneyExpectation, out problem);
    }

    public static decimal? Percent(string text, out Mismatch? problem)
    {
        var match = PercentPattern().Match(text.Trim());
        return Read(match, text, PercentExpectation, out problem);
    }

    public static decimal? Quantity(string text, out Mismatch? problem)
    {
        var match = QuantityPattern().Match(text.Trim());
        return Read(match, text, QuantityExpectation, out problem);
    }

    // A group the pattern lacks reads as unsuccessful, so one check serves all three patterns.
    private static decimal? Read(Match match, string text, string expectation, out Mismatch? problem)
    {
        problem = null;
        if (!match.Success || (match.Groups["open"].Success != match.Groups["close"].Success)
            || (match.Groups["sign"].Success && match.Groups["sign2"].Success))
        {
            problem = new Mismatch(expectation, Shown.Quote(text.Trim()));
            return null;
        }

        var digits = match.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problem = new Mismatch(expectation, $"a number too large to hold: {Shown.Quote(text.Trim())}");
            return null;
        }

        var negative = match.Groups["open"].Success
            || IsMinus(match.Groups["sign"].Value) || IsMinus(match.Groups["sign2"].Value);
        return negative ? -value : value;
    }

    private static bool IsMinus(string sign) => sign is "-" or "−";

    // Parentheses are the accountant's negative; a negative amount is then rejected by the rule that reads it.
    [GeneratedRegex(@"^(?<open>\()?\s*(?:USD\s*)?(?<sign>[-−+])?\s*\$?\s*(?<sign2>[-−+])?\s*(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(?:USD)?\s*(?<close>\))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"^(?<sign>[-−+])?\s*(?<num>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*%?$", RegexOptions.CultureInvariant)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"^(?<sign>[-−+])?\s*(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(?:shares?|sh)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuantityPattern();
}
