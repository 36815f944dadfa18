using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Tests.Properties;

/// <summary>How the venue treats one generated trade.</summary>
public enum VenueAct
{
    Fill,
    Slippage,
    PartialFill,
    Reject,
    SlowFill,
    UnresolvedSubmit,
}

/// <summary>One generated trade: side, size in hundreds of dollars, gate, approval minute after 13:00 EST, venue behaviour.</summary>
public sealed record TradeSpec(bool Sell, int SizeHundreds, bool Approved, int ApprovalMinute, VenueAct Act)
{
    public override string ToString() =>
        $"{(Sell ? "SELL" : "BUY")} {SizeHundreds * 100} {(Approved ? "approved" : "not approved")} @13:{ApprovalMinute:00} {Act}";
}

/// <summary>A generated QA report queue, the Master-Architect's answer to any pause, and whether the venue reports cash.</summary>
public sealed record QueueScenario(IReadOnlyList<TradeSpec> Trades, DecisionKind Decision, bool BrokerReportsCash)
{
    public QaReport Report() => new QaReportBuilder()
        .With([.. Trades.Select((t, i) => Build(t, i))])
        .Build();

    public static string TickerOf(int index) => $"TK{index}";

    public override string ToString() =>
        $"decision {Decision}, broker cash {BrokerReportsCash}: [{string.Join("; ", Trades)}]";

    private static TradeBuilder Build(TradeSpec spec, int index)
    {
        var trade = new TradeBuilder($"T-{index + 1:000}", TickerOf(index))
            .Size(spec.SizeHundreds * 100m)
            .Price(100m)
            .ApprovedAt(Examples.At(2026, 11, 24, 13, spec.ApprovalMinute));
        trade = spec.Sell ? trade.Sell() : trade;
        return spec.Approved ? trade : trade.NotApproved();
    }
}
