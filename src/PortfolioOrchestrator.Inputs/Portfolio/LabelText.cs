using System.Text.RegularExpressions;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>Reads a label's value, allowing a trailing remark in parentheses (<c>$45,000.00 (18% of portfolio)</c>).</summary>
internal static partial class LabelText
{
    public static T? Read<T>(string text, Func<string, (T? Value, Mismatch? Problem)> parse, out Mismatch? problem)
        where T : struct
    {
        var (value, firstProblem) = parse(text);
        problem = firstProblem;
        if (value is not null)
        {
            return value;
        }

        var remark = TrailingRemark().Match(text);
        if (remark.Success)
        {
            var (withoutRemark, _) = parse(remark.Groups["value"].Value);
            if (withoutRemark is not null)
            {
                problem = null;
                return withoutRemark;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<value>.*\S)\s+\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRemark();
}
