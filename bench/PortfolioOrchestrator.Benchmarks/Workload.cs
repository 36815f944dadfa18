using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Benchmarks;

/// <summary>
/// A 5,000-position portfolio (P0, P1, …: 100 shares at $100 each) and N approved trades that keep the
/// buffer healthy, so every trade goes the whole way: intent, submit, fill, protection, buffer check.
/// Two shapes of trades: <see cref="PositionRoundTrips"/> (the "N trades on 5,000 positions") and
/// <see cref="HotTickers"/> (lots pile up, showing what CONTRACT Resolution 15 costs per lot).
/// </summary>
public static class Workload
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 13, 40, 0, TimeSpan.FromHours(-5));

    private const decimal PositionShares = 100m;

    private const decimal PositionPrice = 100m;

    private const decimal TradeDollars = 1_000m;

    private static readonly string[] Sectors = ["Technology", "Healthcare", "Energy", "Financials", "Utilities", "Materials", "Industrials", "Consumer"];

    public static PortfolioSnapshot Portfolio(int positions)
    {
        var list = new List<Position>(positions);
        for (var i = 0; i < positions; i++)
        {
            list.Add(new Position(
                Ticker.Create($"P{i}"),
                AccountId.Create("TAXABLE-1"),
                SectorName.Create(Sectors[i % Sectors.Length]),
                PositionShares,
                Money.FromDollars(PositionPrice),
                Money.FromDollars(PositionShares * PositionPrice)));
        }

        var invested = Money.FromDollars(PositionShares * PositionPrice * positions);
        var cash = Money.FromDollars(50_000_000m);
        return new PortfolioSnapshot
        {
            LastUpdated = Now.AddMinutes(-30),
            TotalValue = invested + cash,
            TotalCash = cash,
            Accounts = [new AccountBalance(AccountId.Create("TAXABLE-1"), "Taxable", cash)],
            Positions = list,
        };
    }

    /// <summary>The hot-tickers workload (<see cref="HotTickers"/>), kept under its first name.</summary>
    public static RunRequest Request(int trades, int positions) => HotTickers(trades, positions);

    /// <summary>
    /// N trades on the portfolio's own positions, in pairs: trade 2k buys $1,000 of position k mod
    /// <paramref name="positions"/> at $100 (a stop at $90, one target at $120), trade 2k+1 sells that
    /// ticker. A position's first sell also sells the 100 shares held before, so from then on each sell
    /// consumes, first in, first out, exactly the lot its buy opened: a position has at most one lot
    /// holding shares, and the protection one order lifts or restores stays one lot's, however long the run.
    /// </summary>
    public static RunRequest PositionRoundTrips(int trades, int positions)
    {
        var list = new List<QaTrade>(trades);
        for (var i = 0; i < trades; i++)
        {
            var pair = i / 2;
            var position = pair % positions;
            var buy = i % 2 == 0;
            var dollars = buy || pair >= positions ? TradeDollars : TradeDollars + PositionShares * PositionPrice;
            list.Add(Trade(i, $"P{position}", buy, dollars, position, PositionPrice));
        }

        return Wrap("ROUND-TRIPS-", list, positions);
    }

    /// <summary>
    /// N trades on 500 tickers X0..X499 the portfolio does not hold, alternating $1,000 buys and sells at
    /// $50: the even tickers only ever buy, so each of their trades opens one more lot, and CONTRACT
    /// Resolution 15 lifts and restores the protection of every lot of a position around each order on it.
    /// The work per trade grows with the run (about N / 1,000 lots a position at trade N).
    /// </summary>
    public static RunRequest HotTickers(int trades, int positions)
    {
        var list = new List<QaTrade>(trades);
        for (var i = 0; i < trades; i++)
        {
            list.Add(Trade(i, $"X{i % 500}", i % 2 == 0, TradeDollars, i, 50m));
        }

        return Wrap("BENCH-", list, positions);
    }

    private static QaTrade Trade(int index, string ticker, bool buy, decimal dollars, int sector, decimal price) => new()
    {
        TradeId = TradeId.Create($"T-{index:D6}"),
        Ticker = Ticker.Create(ticker),
        Side = buy ? TradeSide.Buy : TradeSide.Sell,
        SizeDollars = Money.FromDollars(dollars),
        Account = AccountId.Create("TAXABLE-1"),
        Sector = SectorName.Create(Sectors[sector % Sectors.Length]),
        Gate = ApprovalGate.ApprovedForExecution,
        ApprovalTimestamp = Now.AddHours(-3).AddSeconds(index),
        LastKnownPrice = Money.FromDollars(price),
        StopLoss = new StopLossSpec(Money.FromDollars(price * 0.9m)),
        ProfitTargets = [new ProfitTargetSpec(Money.FromDollars(price * 1.2m), 100m)],
        ReportIndex = index,
    };

    private static RunRequest Wrap(string reportPrefix, List<QaTrade> trades, int positions) => new()
    {
        Portfolio = Portfolio(positions),
        Report = new QaReport { ReportId = reportPrefix + trades.Count, Trades = trades },
        BrokerSpec = "paper",
        FixedNow = Now,
    };
}
