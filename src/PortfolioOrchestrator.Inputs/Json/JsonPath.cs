using System.Globalization;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Json;

/// <summary>
/// Field paths as problems name them: <c>trades[0].size_dollars</c>, <c>tickers.MSFT.fill_ratio</c>.
/// A key is shown as written, with control and invisible characters escaped and a long key cut, so a
/// hostile file cannot write escapes or megabytes into a message.
/// </summary>
public static class JsonPath
{
    private const int MaxKeyShown = 100;

    public static string Property(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(name);
        // An empty key is shown as "" so that it names itself, not its parent.
        var shown = name.Length == 0 ? "\"\"" : Shown.Escape(name);
        shown = shown.Length > MaxKeyShown ? shown[..MaxKeyShown] + "…" : shown;
        return parent.Length == 0 ? shown : parent + "." + shown;
    }

    public static string Element(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>The path one level up (<c>trades[0].price</c> → <c>trades[0]</c> → <c>trades</c> → empty).</summary>
    public static string Parent(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(']') && path.LastIndexOf('[') is var open and >= 0)
        {
            return path[..open];
        }

        return path[..Math.Max(path.LastIndexOf('.'), 0)];
    }
}
