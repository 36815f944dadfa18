namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>
/// How each column may be titled. An exact name (after <see cref="Words.Normalize"/>) wins, earlier names
/// first; failing that, a title holding one of the fallback words and none of the excluded words.
/// </summary>
internal sealed record ColumnNames(Column Column, string Display, string[] Exact, string[] Fallback, string[] Excluded)
{
    public static readonly IReadOnlyDictionary<Column, ColumnNames> All = new ColumnNames[]
    {
        new(Column.Ticker, "Ticker", ["ticker", "symbol", "ticker symbol", "stock", "security"], ["ticker", "symbol"], []),
        new(Column.Account, "Account", ["account", "account id", "account name", "acct", "account number"], ["account", "acct"], ["type", "cash", "value", "percent"]),
        new(Column.Sector, "Sector", ["sector", "sector name", "gics sector"], ["sector"], ["percent", "allocation", "weight", "value"]),
        new(Column.Quantity, "Quantity", ["quantity", "shares", "qty", "share count", "number of shares", "units"], ["quantity", "shares", "qty"], ["percent", "value", "price"]),
        new(Column.Price, "Price", ["price", "last price", "current price", "last", "market price", "price per share", "share price", "close", "last close"], ["price"],
            ["avg", "average", "cost", "purchase", "target", "stop", "entry", "basis", "buy"]),
        new(Column.MarketValue, "Market Value", ["market value", "value", "mkt value", "current value", "position value", "market val", "current market value"], ["value"],
            ["cost", "basis", "book", "percent", "change", "gain", "loss", "purchase", "entry", "target"]),
        new(Column.Cash, "Cash", ["cash", "cash balance", "available cash", "cash available", "cash value"], ["cash"], ["percent", "pct", "buffer", "weight"]),
        new(Column.Type, "Type", ["type", "account type"], [], []),
        new(Column.Allocation, "Allocation", ["allocation", "allocation percent", "percent allocation", "percent", "pct", "weight", "percent of portfolio", "portfolio percent", "percent of total", "current allocation"],
            ["allocation", "weight", "percent"], ["target", "approved", "cap", "limit", "max", "maximum", "change", "drift"]),
    }.ToDictionary(names => names.Column);
}
