using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Testing.Builders;

/// <summary>
/// A QA trade. Defaults are the contract's QA example: T-001, BUY MSFT $5,000 in TAXABLE-1, Technology,
/// HIGH conviction, APPROVED_FOR_EXECUTION at 2026-11-24 13:00 EST, last known price $410.25, stop-loss
/// $380, targets $450 (50 %) and $480 (50 %).
/// </summary>
public sealed class TradeBuilder
{
    private string _tradeId = "T-001";
    private string _ticker = "MSFT";
    private TradeSide _side = TradeSide.Buy;
    private decimal _size = 5_000m;
    private string? _account = "TAXABLE-1";
    private string? _sector = "Technology";
    private string? _conviction = "HIGH";
    private string _gate = ApprovalGate.ApprovedForExecution;
    private DateTimeOffset? _approvedAt = Examples.Approval;
    private decimal? _price = 410.25m;
    private StopLossSpec? _stop = new(Money.FromDollars(380m));
    private List<ProfitTargetSpec> _targets =
    [
        new(Money.FromDollars(450m), 50m),
        new(Money.FromDollars(480m), 50m),
    ];

    public TradeBuilder() { }

    public TradeBuilder(string tradeId, string ticker)
    {
        _tradeId = tradeId;
        _ticker = ticker;
    }

    public string TradeId => _tradeId;

    public TradeBuilder Id(string tradeId)
    {
        _tradeId = tradeId;
        return this;
    }

    public TradeBuilder Ticker(string ticker)
    {
        _ticker = ticker;
        return this;
    }

    public TradeBuilder Sell()
    {
        _side = TradeSide.Sell;
        return this;
    }

    public TradeBuilder Buy()
    {
        _side = TradeSide.Buy;
        return this;
    }

    public TradeBuilder Size(decimal dollars)
    {
        _size = dollars;
        return this;
    }

    public TradeBuilder Account(string? account)
    {
        _account = account;
        return this;
    }

    public TradeBuilder Sector(string? sector)
    {
        _sector = sector;
        return this;
    }

    public TradeBuilder Conviction(string? conviction)
    {
        _conviction = conviction;
        return this;
    }

    public TradeBuilder Gate(string gate)
    {
        _gate = gate;
        return this;
    }

    public TradeBuilder NotApproved() => Gate("REJECTED");

    public TradeBuilder ApprovedAt(DateTimeOffset? at)
    {
        _approvedAt = at;
        return this;
    }

    /// <summary>QA's last known price per share, in dollars.</summary>
    public TradeBuilder Price(decimal? dollars)
    {
        _price = dollars;
        return this;
    }

    public TradeBuilder WithStop(decimal? stopPrice)
    {
        _stop = stopPrice is { } price ? new StopLossSpec(Money.FromDollars(price)) : null;
        return this;
    }

    /// <summary>Profit targets as (limit price in dollars, percent of the position).</summary>
    public TradeBuilder WithTargets(params (decimal Price, decimal Percent)[] targets)
    {
        _targets = [.. targets.Select(t => new ProfitTargetSpec(Money.FromDollars(t.Price), t.Percent))];
        return this;
    }

    public TradeBuilder WithoutProtection() => WithStop(null).WithTargets();

    public QaTrade Build(int reportIndex = 0) => new()
    {
        TradeId = Domain.Primitives.TradeId.Create(_tradeId),
        Ticker = Domain.Primitives.Ticker.Create(_ticker),
        Side = _side,
        SizeDollars = Money.FromDollars(_size),
        Account = _account is null ? null : AccountId.Create(_account),
        Sector = _sector is null ? null : SectorName.Create(_sector),
        Conviction = _conviction,
        Gate = _gate,
        ApprovalTimestamp = _approvedAt,
        LastKnownPrice = _price is { } p ? Money.FromDollars(p) : null,
        StopLoss = _stop,
        ProfitTargets = [.. _targets],
        ReportIndex = reportIndex,
    };
}
