using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Refresh;

/// <summary>
/// Lays Alpaca's numbers over PORTFOLIO.md. Cash always comes from Alpaca; for a full refresh so do the
/// quantity, price and market value of every ticker Alpaca holds. Sectors still come from PORTFOLIO.md,
/// and total value is recomputed as cash plus market values so the buffer's denominator stays consistent.
/// </summary>
internal static class RefreshedSnapshot
{
    public static readonly SectorName UnknownSector = SectorName.Create("Unclassified");

    public static PortfolioSnapshot Build(PortfolioSnapshot current, AlpacaHoldings holdings, DateTimeOffset now)
    {
        var warnings = new List<string>(current.Warnings);
        var positions = holdings.Positions is null ? current.Positions : Merge(current.Positions, holdings.Positions, warnings);
        var accounts = current.Accounts;
        if (accounts.Count == 1)
        {
            accounts = [accounts[0] with { Cash = holdings.Cash }];
        }
        else if (accounts.Count > 1)
        {
            warnings.Add($"Alpaca reports one account's cash ({holdings.Cash}); PORTFOLIO.md's per-account cash is shown as it was written");
        }

        var marketValue = positions.Aggregate(Money.Zero, (sum, position) => sum + position.MarketValue);
        return current with
        {
            LastUpdated = now,
            TotalCash = holdings.Cash,
            TotalValue = holdings.Cash + marketValue,
            Accounts = accounts,
            Positions = positions,
            Warnings = warnings,
        };
    }

    private static List<Position> Merge(IReadOnlyList<Position> written, IReadOnlyList<AlpacaHolding> held, List<string> warnings)
    {
        var byTicker = held.ToDictionary(h => h.Ticker);
        var merged = new List<Position>();
        foreach (var group in written.GroupBy(p => p.Ticker))
        {
            if (!byTicker.Remove(group.Key, out var holding))
            {
                warnings.Add($"{group.Key} is in PORTFOLIO.md but Alpaca holds none; kept as written");
                merged.AddRange(group);
                continue;
            }

            var rows = group.ToList();
            if (holding is not { Price: { } price, MarketValue: { } value })
            {
                // CONTRACT §9: no market value and no price from Alpaca; PORTFOLIO.md's figures stand.
                warnings.Add($"Alpaca gives neither a market value nor a current price for {group.Key}; kept as PORTFOLIO.md has it");
                merged.AddRange(rows);
                continue;
            }

            WarnIfValueFromPrice(holding, warnings);
            if (rows.Count == 1)
            {
                merged.Add(rows[0] with { Quantity = holding.Quantity, Price = price, MarketValue = value });
                continue;
            }

            // Several accounts hold the ticker and Alpaca has one total: reprice each row, keep its quantity.
            warnings.Add($"{group.Key} is split across accounts in PORTFOLIO.md; each row repriced at Alpaca's {price}");
            merged.AddRange(rows.Select(row => row with { Price = price, MarketValue = (price * row.Quantity).RoundToCents() }));
        }

        foreach (var holding in byTicker.Values.OrderBy(h => h.Ticker.Value, StringComparer.Ordinal))
        {
            if (holding is not { Price: { } price, MarketValue: { } value })
            {
                warnings.Add($"Alpaca holds {holding.Ticker}, which PORTFOLIO.md does not list, with neither a market value nor a current price; it is not counted");
                continue;
            }

            WarnIfValueFromPrice(holding, warnings);
            warnings.Add($"Alpaca holds {holding.Ticker}, which PORTFOLIO.md does not list; its sector is {UnknownSector}");
            var account = written.Count > 0 ? written[0].Account : AccountId.Create("ALPACA");
            merged.Add(new Position(holding.Ticker, account, UnknownSector, holding.Quantity, price, value));
        }

        return merged;
    }

    private static void WarnIfValueFromPrice(AlpacaHolding holding, List<string> warnings)
    {
        if (holding.ValueFromPrice)
        {
            warnings.Add($"Alpaca gives no market value for {holding.Ticker}; valued at its current price {holding.Price} × {holding.Quantity} shares = {holding.MarketValue}");
        }
    }
}
