using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Paper.Tests.Support;

/// <summary>Builders for the paper venue's tests: scripts, venues, requests.</summary>
public static class Paper
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 14, 30, 0, TimeSpan.Zero);
    public static readonly AccountId Account = AccountId.Create("TAXABLE-1");

    public static PaperScript Script(string json)
    {
        var result = PaperScriptReader.Read(json, "script.json");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        return result.Value;
    }

    public static async Task<PaperVenue> VenueAsync(string json = "{}", decimal openingCash = 100_000m, TimeProvider? clock = null)
    {
        var venue = PaperVenue.OpenInMemory(Script(json), clock ?? new SimulatedClock(Start));
        await venue.EnsureAccountAsync(Money.FromDollars(openingCash));
        return venue;
    }

    /// <summary>A venue opened with <paramref name="openingCash"/> in <see cref="Account"/> and these holdings there (cost = quantity × price).</summary>
    public static async Task<PaperVenue> HoldingAsync(decimal openingCash, params (string Ticker, decimal Quantity, decimal Price)[] holdings) =>
        await HoldingAsync("{}", openingCash, holdings);

    public static async Task<PaperVenue> HoldingAsync(string json, decimal openingCash, params (string Ticker, decimal Quantity, decimal Price)[] holdings)
    {
        var venue = PaperVenue.OpenInMemory(Script(json), new SimulatedClock(Start));
        await venue.EnsureOpenedAsync(Opening(openingCash, holdings));
        return venue;
    }

    public static PaperOpening Opening(decimal openingCash, params (string Ticker, decimal Quantity, decimal Price)[] holdings) => new(
        [new PaperCash(Account, Money.FromDollars(openingCash), Money.FromDollars(openingCash))],
        [.. holdings.Select(h => new PaperPosition(Account, Ticker.Create(h.Ticker), h.Quantity, Money.FromDollars(h.Quantity * h.Price)))]);

    public static PaperPosition Holding(string ticker, decimal quantity, decimal cost, decimal reserved = 0m) =>
        new(Account, Ticker.Create(ticker), quantity, Money.FromDollars(cost)) { Reserved = reserved };

    public static ClientOrderId Id(string value) => ClientOrderId.Create(value);

    public static OrderRequest Buy(string id, string ticker, decimal notional, decimal referencePrice = 100m) =>
        new(Id(id), Ticker.Create(ticker), OrderSide.Buy, Account, Money.FromDollars(notional), Money.FromDollars(referencePrice));

    public static OrderRequest Sell(string id, string ticker, decimal notional, decimal referencePrice = 100m) =>
        Buy(id, ticker, notional, referencePrice) with { Side = OrderSide.Sell };

    public static ProtectionRequest Protection(BrokerOrder entry, decimal? stop, params (decimal Price, decimal Percent)[] targets) =>
        new(
            entry.ClientOrderId,
            entry.Ticker,
            Account,
            entry.FilledQuantity,
            stop is { } s ? new StopLossSpec(Money.FromDollars(s)) : null,
            [.. targets.Select(t => new ProfitTargetSpec(Money.FromDollars(t.Price), t.Percent))]);
}
