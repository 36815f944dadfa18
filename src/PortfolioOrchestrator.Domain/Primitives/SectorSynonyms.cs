namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>
/// The one table by which sector names are compared (CONTRACT Resolution 13): case, surrounding and
/// repeated white space, <c>-</c> and <c>_</c> are folded, <c>&amp;</c> reads as <c>and</c>, and the usual
/// names of each of the 11 GICS sectors are one sector. A name outside the table is compared as folded.
/// </summary>
public static class SectorSynonyms
{
    private static readonly Dictionary<string, string> GicsByName = Build(
        ("INFORMATION TECHNOLOGY", ["TECHNOLOGY", "TECH", "INFO TECH", "INFORMATION TECH"]),
        ("HEALTH CARE", ["HEALTHCARE"]),
        ("FINANCIALS", ["FINANCIAL SERVICES", "FINANCE", "FINANCIAL"]),
        ("CONSUMER DISCRETIONARY", ["CONSUMER CYCLICAL"]),
        ("CONSUMER STAPLES", ["CONSUMER DEFENSIVE"]),
        ("COMMUNICATION SERVICES", ["TELECOMMUNICATION SERVICES", "TELECOMMUNICATIONS SERVICES", "COMMUNICATIONS", "TELECOMMUNICATIONS", "TELECOM"]),
        ("MATERIALS", ["BASIC MATERIALS"]),
        ("REAL ESTATE", []),
        ("UTILITIES", []),
        ("ENERGY", []),
        ("INDUSTRIALS", []));

    /// <summary>
    /// The comparison key of <paramref name="name"/>: the upper-case GICS name for any of its synonyms
    /// (<c>Tech</c> → <c>INFORMATION TECHNOLOGY</c>), else the folded name.
    /// </summary>
    public static string KeyOf(string? name)
    {
        var folded = Fold(name);
        return GicsByName.TryGetValue(folded, out var gics) ? gics : folded;
    }

    /// <summary>Whether <paramref name="name"/> is one of the 11 GICS sectors under any of its names.</summary>
    public static bool IsGicsSector(string? name) => GicsByName.ContainsKey(Fold(name));

    private static string Fold(string? name)
    {
        var spaced = (name ?? string.Empty).ToUpperInvariant().Replace("&", " AND ", StringComparison.Ordinal).Replace('-', ' ').Replace('_', ' ');
        return string.Join(' ', spaced.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string> Build(params (string Gics, string[] Synonyms)[] sectors)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (gics, synonyms) in sectors)
        {
            table.Add(gics, gics);
            foreach (var synonym in synonyms)
            {
                table.Add(synonym, gics);
            }
        }

        return table;
    }
}
