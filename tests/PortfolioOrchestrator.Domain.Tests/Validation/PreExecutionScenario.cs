using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Tests.Validation;

/// <summary>One generated pending trade: side, size in hundreds of dollars, sector (null: none), gate.</summary>
public sealed record PendingTradeSpec(bool Sell, int SizeHundreds, string? Sector, bool Approved)
{
    public override string ToString() => $"{(Sell ? "SELL" : "BUY")} {SizeHundreds * 100} {Sector ?? "no sector"} {(Approved ? "approved" : "not approved")}";
}

/// <summary>
/// Generated STEP 1–2 inputs with no history: a portfolio (cash, Technology shares, how old), QA's
/// approved Technology allocation, the pending trades and whether #3 pauses.
/// </summary>
public sealed record PreExecutionScenario(
    int CashThousands,
    int TechnologyShares,
    int ApprovedTechnologyPercent,
    int DaysOld,
    int MinutesOld,
    bool PauseOnAggregateBreach,
    IReadOnlyList<PendingTradeSpec> Trades)
{
    /// <summary>The harness's clock: Tuesday 2026-11-24 10:40 New York.</summary>
    public static DateTimeOffset Now => EngineHarness.DefaultNow;

    public PortfolioSnapshot Portfolio() => new PortfolioBuilder()
        .WithoutPositions()
        .WithPosition("AAPL", "TAXABLE-1", "Technology", TechnologyShares, 190m)
        .WithPosition("JNJ", "TAXABLE-1", "Healthcare", 400m, 155m)
        .WithPosition("XOM", "ROTH-1", "Energy", 500m, 112m)
        .Cash(CashThousands * 1_000m)
        .LastUpdated(Now.AddDays(-DaysOld).AddMinutes(-MinutesOld))
        .Build();

    public QaReport Report() => new QaReportBuilder()
        .ApprovedSector("Technology", ApprovedTechnologyPercent)
        .With([.. Trades.Select(Build)])
        .Build();

    public ExecutionPolicy Policy() => ExecutionPolicy.Default with { PauseOnAggregateBreach = PauseOnAggregateBreach };

    public override string ToString() =>
        $"cash {CashThousands}k, AAPL {TechnologyShares}, QA Technology {ApprovedTechnologyPercent}%, {DaysOld} days {MinutesOld} min old, pause #3 {PauseOnAggregateBreach}: [{string.Join("; ", Trades)}]";

    private static TradeBuilder Build(PendingTradeSpec spec, int index)
    {
        var trade = new TradeBuilder($"T-{index + 1:000}", $"TK{index}")
            .Size(spec.SizeHundreds * 100m)
            .Price(100m)
            .Sector(spec.Sector)
            .ApprovedAt(Examples.At(2026, 11, 24, 9, index));
        trade = spec.Sell ? trade.Sell() : trade;
        return spec.Approved ? trade : trade.NotApproved();
    }
}
