using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>Reads one block of fill rules: <c>price</c>, <c>slippage_bps</c>, <c>fill_ratio</c>, <c>reject</c>, <c>no_fill</c>.</summary>
internal static class PaperRulesReader
{
    /// <summary>Above this a price is surely a typo, and the venue's arithmetic stays far from decimal's range.</summary>
    public const decimal MaxPrice = 100_000_000m;

    /// <summary>At ±10,000 bps a buy or a sell would fill at a price of zero or less.</summary>
    public const decimal SlippageLimitBps = 10_000m;

    private static readonly string[] Keys = ["price", "slippage_bps", "fill_ratio", "reject", "no_fill"];

    public static PaperTickerScript? Read(JsonElement element, string path, ScriptContext context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Problem(path, $"expected an object with {string.Join(", ", Keys)}, found {ScriptContext.Describe(element)}");
            return null;
        }

        var properties = context.Properties(element, path, Keys);
        var rules = new PaperTickerScript(
            properties.TryGetValue("price", out var price) ? ReadPrice(price, path + ".price", context) : null,
            properties.TryGetValue("slippage_bps", out var slippage) ? ReadSlippage(slippage, path + ".slippage_bps", context) : null,
            properties.TryGetValue("fill_ratio", out var ratio) ? ReadFillRatio(ratio, path + ".fill_ratio", context) : null,
            properties.TryGetValue("reject", out var reject) ? ReadReject(reject, path + ".reject", context) : null,
            properties.TryGetValue("no_fill", out var noFill) ? ReadNoFill(noFill, path + ".no_fill", context) : null);
        if (rules.Reject is not null && rules.NoFill == true)
        {
            context.Problem(path, "expected either reject or no_fill, not both: a rejected order cannot stay open");
        }

        return rules;
    }

    private static Money? ReadPrice(JsonElement element, string path, ScriptContext context)
    {
        if (ScriptContext.TryGetDecimal(element, out var price) && price > 0m && price <= MaxPrice)
        {
            return Money.FromDollars(price);
        }

        context.Problem(path, $"expected a price in dollars per share above 0 and at most {ScriptContext.Format(MaxPrice)}, found {ScriptContext.Describe(element)}");
        return null;
    }

    private static decimal? ReadSlippage(JsonElement element, string path, ScriptContext context)
    {
        if (ScriptContext.TryGetDecimal(element, out var bps) && Math.Abs(bps) < SlippageLimitBps)
        {
            return bps;
        }

        context.Problem(path, $"expected slippage in basis points, a number strictly between -10000 and 10000 (negative is price improvement), found {ScriptContext.Describe(element)}");
        return null;
    }

    private static decimal? ReadFillRatio(JsonElement element, string path, ScriptContext context)
    {
        if (ScriptContext.TryGetDecimal(element, out var ratio) && ratio > 0m && ratio <= 1m)
        {
            return ratio;
        }

        context.Problem(path, $"expected the filled share of the order, a number above 0 and at most 1 (0.85 fills 85 %), found {ScriptContext.Describe(element)}");
        return null;
    }

    private static string? ReadReject(JsonElement element, string path, ScriptContext context)
    {
        if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()))
        {
            return element.GetString()!.Trim();
        }

        context.Problem(path, $"expected the rejection reason, a non-empty string, found {ScriptContext.Describe(element)}");
        return null;
    }

    private static bool? ReadNoFill(JsonElement element, string path, ScriptContext context)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        context.Problem(path, $"expected true or false, found {ScriptContext.Describe(element)}");
        return null;
    }
}
