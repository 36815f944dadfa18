using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Benchmarks;

/// <summary>
/// A 5,000-position portfolio and N approved trades that keep the buffer healthy (buys and sells
/// alternate), so every trade goes the whole way: intent, submit, fill, protection, buffer check.
/// </summary>
public static class Workload
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 13, 40, 0, TimeSpan.FromHours(-5));

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
                100m,
                Money.FromDollars(100m),
                Money.FromDollars(10_000m)));
        }

        var invested = Money.FromDollars(10_000m * positions);
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

    public static RunRequest Request(int trades, int positions)
    {
        var list = new List<QaTrade>(trades);
        for (var i = 0; i < trades; i++)
        {
            list.Add(new QaTrade
            {
                TradeId = TradeId.Create($"T-{i:D6}"),
                Ticker = Ticker.Create($"X{i % 500}"),
                Side = i % 2 == 0 ? TradeSide.Buy : TradeSide.Sell,
                SizeDollars = Money.FromDollars(1_000m),
                Account = AccountId.Create("TAXABLE-1"),
                Sector = SectorName.Create(Sectors[i % Sectors.Length]),
                Gate = ApprovalGate.ApprovedForExecution,
                ApprovalTimestamp = Now.AddHours(-3).AddSeconds(i),
                LastKnownPrice = Money.FromDollars(50m),
                StopLoss = new StopLossSpec(Money.FromDollars(45m)),
                ProfitTargets = [new ProfitTargetSpec(Money.FromDollars(60m), 100m)],
                ReportIndex = i,
            });
        }

        return new RunRequest
        {
            Portfolio = Portfolio(positions),
            Report = new QaReport { ReportId = "BENCH-" + trades, Trades = list },
            BrokerSpec = "paper",
            FixedNow = Now,
        };
    }
}
