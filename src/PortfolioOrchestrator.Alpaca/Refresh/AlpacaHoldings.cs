using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Refresh;

/// <summary>
/// One position as Alpaca reports it: shares, dollars per share, dollars. Alpaca may give no
/// <c>market_value</c> (CONTRACT §9): then it is <c>current_price</c> × quantity (<see cref="ValueFromPrice"/>),
/// and with no price either both are null and PORTFOLIO.md's figures stand.
/// </summary>
internal sealed record AlpacaHolding(Ticker Ticker, decimal Quantity, Money? Price, Money? MarketValue)
{
    /// <summary>Whether <see cref="MarketValue"/> was worked out from the price because Alpaca gave none.</summary>
    public bool ValueFromPrice { get; init; }

    /// <summary>The holding as <c>GET /v2/positions</c> gave it, or null when it lacks a symbol or a quantity.</summary>
    public static AlpacaHolding? From(string? symbol, decimal? qty, decimal? currentPrice, decimal? marketValue)
    {
        if (symbol is not { Length: > 0 } || qty is not { } quantity)
        {
            return null;
        }

        var price = currentPrice is { } p ? Money.FromDollars(p) : (marketValue is { } v && quantity != 0m ? Money.FromDollars(v / quantity) : (Money?)null);
        return marketValue is { } value
            ? new AlpacaHolding(Ticker.Create(symbol), quantity, price, Money.FromDollars(value))
            : new AlpacaHolding(Ticker.Create(symbol), quantity, price, price is { } known ? (known * quantity).RoundToCents() : null) { ValueFromPrice = price is not null };
    }
}

/// <summary>What a refresh read from Alpaca: the account's cash and, for a full refresh, its positions.</summary>
internal sealed record AlpacaHoldings(Money Cash, IReadOnlyList<AlpacaHolding>? Positions);
