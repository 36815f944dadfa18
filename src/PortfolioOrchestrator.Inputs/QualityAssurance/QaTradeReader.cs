using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.QualityAssurance;

/// <summary>
/// Reads one element of <c>trades</c>. Every trade needs trade_id, ticker, size_dollars and gate; an
/// approved trade also needs account, sector, approval_timestamp and last_known_price. Optional fields
/// are checked whenever they are present, approved or not.
/// </summary>
internal static class QaTradeReader
{
    public static QaTrade? Read(JsonElement trade, int index, JsonFields fields)
    {
        var path = $"trades[{index}]";
        if (trade.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(path, "a trade object", JsonFields.Kind(trade));
            return null;
        }

        var before = fields.Problems.Count;
        var tradeId = Id(trade, "trade_id", path, fields, required: true, "a trade id like T-001");
        var ticker = TickerOf(trade, path, fields);
        var size = fields.PositiveMoney(trade, "size_dollars", path, required: true, "5000.00");
        var gate = fields.String(trade, "gate", path, required: true, "a gate like APPROVED_FOR_EXECUTION")?.Trim();
        if (gate is not null && IdentifierText.NameProblem(gate, "a gate like APPROVED_FOR_EXECUTION") is { } gateProblem)
        {
            fields.Problem(JsonPath.Property(path, "gate"), gateProblem);
        }

        // The same test as the engine's (CONTRACT Resolution 14): every trade that will be sent has what sending needs.
        var approved = ApprovalGate.IsApproved(gate);
        var account = Id(trade, "account", path, fields, approved, "an account name like TAXABLE-1");
        var sector = Sector(trade, path, fields, approved);
        var approvedAt = fields.Timestamp(trade, "approval_timestamp", path, approved);
        var lastPrice = fields.PositiveMoney(trade, "last_known_price", path, approved, "410.25");
        var side = Side(trade, path, fields);
        var conviction = fields.String(trade, "conviction", path, required: false, "a conviction like HIGH");
        if (conviction is { Length: > 0 } && IdentifierText.NameProblem(conviction, "a conviction like HIGH") is { } convictionProblem)
        {
            fields.Problem(JsonPath.Property(path, "conviction"), convictionProblem);
        }
        var stopLoss = ProtectionReader.StopLoss(trade, path, fields);
        var targets = ProtectionReader.ProfitTargets(trade, path, fields);
        if (fields.Problems.Count != before)
        {
            return null;
        }

        return new QaTrade
        {
            TradeId = TradeId.Create(tradeId!),
            Ticker = Ticker.Create(ticker!),
            Side = side,
            SizeDollars = Money.FromDollars(size!.Value),
            Account = account is null ? null : AccountId.Create(account),
            Sector = sector is null ? null : SectorName.Create(sector),
            Conviction = conviction?.Trim() is { Length: > 0 } c ? c : null,
            Gate = gate!,
            ApprovalTimestamp = approvedAt,
            LastKnownPrice = lastPrice is { } price ? Money.FromDollars(price) : null,
            StopLoss = stopLoss,
            ProfitTargets = targets!,
            ReportIndex = index,
        };
    }

    private static string? Id(JsonElement trade, string name, string path, JsonFields fields, bool required, string expectation)
    {
        var text = fields.String(trade, name, path, required, expectation);
        if (text is not null && IdentifierText.IdProblem(text, expectation) is { } problem)
        {
            fields.Problem(JsonPath.Property(path, name), problem);
            return null;
        }

        return text;
    }

    private static string? TickerOf(JsonElement trade, string path, JsonFields fields)
    {
        var text = fields.String(trade, "ticker", path, required: true, IdentifierText.TickerExpectation);
        var ticker = IdentifierText.Ticker(text);
        if (text is not null && ticker is null)
        {
            fields.Problem(JsonPath.Property(path, "ticker"), IdentifierText.TickerExpectationFor(text), Shown.Quote(text));
        }

        return ticker;
    }

    private static string? Sector(JsonElement trade, string path, JsonFields fields, bool required)
    {
        var text = fields.String(trade, "sector", path, required, "a sector name like Technology");
        if (text is not null && IdentifierText.NameProblem(text, "a sector name like Technology") is { } problem)
        {
            fields.Problem(JsonPath.Property(path, "sector"), problem);
            return null;
        }

        return text;
    }

    private static TradeSide Side(JsonElement trade, string path, JsonFields fields)
    {
        var text = fields.String(trade, "side", path, required: false, "BUY or SELL");
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "BUY":
                return TradeSide.Buy;
            case "SELL":
                return TradeSide.Sell;
            default:
                fields.Problem(JsonPath.Property(path, "side"), "BUY or SELL", Shown.Quote(text));
                return TradeSide.Buy;
        }
    }
}
