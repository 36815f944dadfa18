using PortfolioOrchestrator.Inputs.Markdown;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>The header lines PORTFOLIO.md is read for.</summary>
internal enum PortfolioLabel
{
    LastUpdated,
    TotalValue,
    TotalCash,
}

/// <summary>The ways each label may be written, compared after <see cref="Words.Normalize"/> with any parenthesised remark removed.</summary>
internal static class PortfolioLabelNames
{
    private static readonly Dictionary<string, PortfolioLabel> Names = new(StringComparer.Ordinal)
    {
        ["last updated"] = PortfolioLabel.LastUpdated,
        ["last update"] = PortfolioLabel.LastUpdated,
        ["updated"] = PortfolioLabel.LastUpdated,
        ["updated at"] = PortfolioLabel.LastUpdated,
        ["last updated at"] = PortfolioLabel.LastUpdated,
        ["updated on"] = PortfolioLabel.LastUpdated,
        ["last updated on"] = PortfolioLabel.LastUpdated,
        ["as of"] = PortfolioLabel.LastUpdated,
        ["timestamp"] = PortfolioLabel.LastUpdated,
        ["last modified"] = PortfolioLabel.LastUpdated,
        ["total value"] = PortfolioLabel.TotalValue,
        ["total portfolio value"] = PortfolioLabel.TotalValue,
        ["portfolio value"] = PortfolioLabel.TotalValue,
        ["portfolio total value"] = PortfolioLabel.TotalValue,
        ["total account value"] = PortfolioLabel.TotalValue,
        ["total value including cash"] = PortfolioLabel.TotalValue,
        ["total cash"] = PortfolioLabel.TotalCash,
        ["total cash balance"] = PortfolioLabel.TotalCash,
        ["total cash available"] = PortfolioLabel.TotalCash,
        ["total available cash"] = PortfolioLabel.TotalCash,
        ["cash total"] = PortfolioLabel.TotalCash,
        ["cash"] = PortfolioLabel.TotalCash,
        ["cash balance"] = PortfolioLabel.TotalCash,
        ["available cash"] = PortfolioLabel.TotalCash,
    };

    public static PortfolioLabel? Match(string label)
    {
        var open = label.IndexOf('(', StringComparison.Ordinal);
        var withoutRemark = open > 0 ? label[..open] : label;
        return Names.TryGetValue(Words.Normalize(withoutRemark), out var match) ? match : null;
    }

    public static string Display(PortfolioLabel label) => label switch
    {
        PortfolioLabel.LastUpdated => "Last Updated",
        PortfolioLabel.TotalValue => "Total Value",
        _ => "Total Cash",
    };
}
