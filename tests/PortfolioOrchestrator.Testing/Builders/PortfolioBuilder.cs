using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Testing.Builders;

/// <summary>
/// PORTFOLIO.md as a test needs it. Defaults are the contract's example: cash $45,000 (TAXABLE-1 $30,000,
/// ROTH-1 $15,000), AAPL/JNJ/XOM/JPM in Technology/Healthcare/Energy/Financials, total value $249,800,
/// updated 2026-11-24 09:40 EST. Total value is cash plus positions unless set.
/// </summary>
public sealed class PortfolioBuilder
{
    private readonly List<Position> _positions =
    [
        Holding("AAPL", "TAXABLE-1", "Technology", 100m, 190m),
        Holding("JNJ", "TAXABLE-1", "Healthcare", 400m, 155m),
        Holding("XOM", "ROTH-1", "Energy", 500m, 112m),
        Holding("JPM", "ROTH-1", "Financials", 300m, 226m),
    ];

    private DateTimeOffset _lastUpdated = Examples.PortfolioUpdated;
    private decimal _cash = 45_000m;
    private decimal? _totalValue;
    private List<AccountBalance> _accounts =
    [
        new(AccountId.Create("TAXABLE-1"), "Taxable", Money.FromDollars(30_000m)),
        new(AccountId.Create("ROTH-1"), "Roth IRA", Money.FromDollars(15_000m)),
    ];

    public PortfolioBuilder LastUpdated(DateTimeOffset at)
    {
        _lastUpdated = at;
        return this;
    }

    /// <summary>Total cash in dollars; the accounts are rebalanced to match (all in TAXABLE-1 beyond ROTH-1's).</summary>
    public PortfolioBuilder Cash(decimal dollars)
    {
        _cash = dollars;
        var roth = Math.Min(15_000m, dollars);
        _accounts =
        [
            new(AccountId.Create("TAXABLE-1"), "Taxable", Money.FromDollars(dollars - roth)),
            new(AccountId.Create("ROTH-1"), "Roth IRA", Money.FromDollars(roth)),
        ];
        return this;
    }

    /// <summary>Fixes the total value in dollars instead of deriving it from cash and positions.</summary>
    public PortfolioBuilder TotalValue(decimal dollars)
    {
        _totalValue = dollars;
        return this;
    }

    public PortfolioBuilder WithPosition(string ticker, string account, string sector, decimal quantity, decimal price)
    {
        _positions.Add(Holding(ticker, account, sector, quantity, price));
        return this;
    }

    public PortfolioBuilder WithoutPositions()
    {
        _positions.Clear();
        return this;
    }

    public PortfolioSnapshot Build()
    {
        var invested = _positions.Sum(p => p.MarketValue.Dollars);
        return new PortfolioSnapshot
        {
            LastUpdated = _lastUpdated,
            TotalCash = Money.FromDollars(_cash),
            TotalValue = Money.FromDollars(_totalValue ?? _cash + invested),
            Accounts = [.. _accounts],
            Positions = [.. _positions],
        };
    }

    private static Position Holding(string ticker, string account, string sector, decimal quantity, decimal price) =>
        new(Ticker.Create(ticker), AccountId.Create(account), SectorName.Create(sector), quantity, Money.FromDollars(price), Money.FromDollars(quantity * price));
}
