using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Json;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>Reads one block of fill rules: <c>price</c>, <c>slippage_bps</c>, <c>fill_ratio</c>, <c>reject</c>, <c>no_fill</c>.</summary>
internal static class PaperRulesReader
{
    /// <summary>Above this a price is surely a typo, and the venue's arithmetic stays far from decimal's range.</summary>
    public const decimal MaxPrice = 100_000_000m;

    /// <summary>At ±10,000 bps a buy or a sell would fill at a price of zero or less.</summary>
    public const decimal SlippageLimitBps = 10_000m;

    private static readonly string[] Keys = ["price", "slippage_bps", "fill_ratio", "reject", "no_fill"];

    public static PaperTickerScript? Read(JsonElement element, string path, JsonFields fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(path, $"an object with {string.Join(", ", Keys)}", JsonFields.Kind(element));
            return null;
        }

        fields.UnknownKeys(element, path, Keys);
        var rules = new PaperTickerScript(
            element.TryGetProperty("price", out var price) ? ReadPrice(price, JsonPath.Property(path, "price"), fields) : null,
            element.TryGetProperty("slippage_bps", out var slippage) ? ReadSlippage(slippage, JsonPath.Property(path, "slippage_bps"), fields) : null,
            element.TryGetProperty("fill_ratio", out var ratio) ? ReadFillRatio(ratio, JsonPath.Property(path, "fill_ratio"), fields) : null,
            element.TryGetProperty("reject", out var reject) ? ReadReject(reject, JsonPath.Property(path, "reject"), fields) : null,
            element.TryGetProperty("no_fill", out var noFill) ? ReadNoFill(noFill, JsonPath.Property(path, "no_fill"), fields) : null);
        if (rules.Reject is not null && rules.NoFill == true)
        {
            fields.Issue(path, "sets both reject and no_fill", "either reject or no_fill, not both: a rejected order cannot stay open");
        }

        return rules;
    }

    private static Money? ReadPrice(JsonElement element, string path, JsonFields fields)
    {
        if (TryGetDecimal(element, out var price) && price > 0m && price <= MaxPrice)
        {
            return Money.FromDollars(price);
        }

        fields.Problem(path, $"a price in dollars per share above 0 and at most {PaperScriptReader.Format(MaxPrice)}", JsonFields.Kind(element));
        return null;
    }

    private static decimal? ReadSlippage(JsonElement element, string path, JsonFields fields)
    {
        if (TryGetDecimal(element, out var bps) && Math.Abs(bps) < SlippageLimitBps)
        {
            return bps;
        }

        fields.Problem(path, "slippage in basis points, a number strictly between -10000 and 10000 (negative is price improvement)", JsonFields.Kind(element));
        return null;
    }

    private static decimal? ReadFillRatio(JsonElement element, string path, JsonFields fields)
    {
        if (TryGetDecimal(element, out var ratio) && ratio > 0m && ratio <= 1m)
        {
            return ratio;
        }

        fields.Problem(path, "the filled share of the order, a number above 0 and at most 1 (0.85 fills 85 %)", JsonFields.Kind(element));
        return null;
    }

    private static string? ReadReject(JsonElement element, string path, JsonFields fields)
    {
        if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()))
        {
            return element.GetString()!.Trim();
        }

        fields.Problem(path, "the rejection reason, a non-empty string", JsonFields.Kind(element));
        return null;
    }

    private static bool? ReadNoFill(JsonElement element, string path, JsonFields fields)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        fields.Problem(path, "true or false", JsonFields.Kind(element));
        return null;
    }

    private static bool TryGetDecimal(JsonElement element, out decimal value)
    {
        value = 0m;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out value);
    }
}
