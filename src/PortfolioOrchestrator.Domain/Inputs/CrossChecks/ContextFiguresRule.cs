using System.Globalization;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Inputs.CrossChecks;

/// <summary>
/// CONTRACT Resolution 23: the QA context's <c>total_cash</c> or <c>total_value</c> more than
/// <see cref="Tolerance"/> (a fraction of PORTFOLIO.md's figure) away from PORTFOLIO.md's is a warning:
/// QA approved against other figures than the ones the run uses.
/// </summary>
internal static class ContextFiguresRule
{
    /// <summary>0.005: half a percent of PORTFOLIO.md's figure.</summary>
    public const decimal Tolerance = 0.005m;

    public static IEnumerable<string> Warnings(PortfolioSnapshot portfolio, QaPortfolioContext context)
    {
        if (Compare("total_cash", context.TotalCash, portfolio.TotalCash) is { } cash)
        {
            yield return cash;
        }

        if (Compare("total_value", context.TotalValue, portfolio.TotalValue) is { } value)
        {
            yield return value;
        }
    }

    private static string? Compare(string field, Money? qa, Money portfolio)
    {
        if (qa is not { } stated)
        {
            return null;
        }

        var gap = Math.Abs(stated.Dollars - portfolio.Dollars);
        if (gap <= Tolerance * Math.Abs(portfolio.Dollars) && !(portfolio.Dollars == 0m && gap > 0m))
        {
            return null;
        }

        var apart = portfolio.Dollars == 0m
            ? string.Empty
            : " (" + Math.Round(gap / Math.Abs(portfolio.Dollars) * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "% apart)";
        return $"The QA report's portfolio_context {field} {stated} differs from PORTFOLIO.md's {portfolio}{apart}, more than 0.5%: QA approved against other figures than this run uses";
    }
}
