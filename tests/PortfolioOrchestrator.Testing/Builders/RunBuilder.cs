using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Testing.Builders;

/// <summary>Builds a run as the journal would hold it; a test states only what matters to it.</summary>
public sealed class RunBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 13, 40, 0, TimeSpan.FromHours(-5));

    private readonly List<TradeExecution> _trades = [];
    private readonly List<Escalation> _escalations = [];
    private RunHeader _header = new()
    {
        RunId = RunId.Create("run-1"),
        ReportId = "QA-2026-11-24-001",
        StartedAt = Start,
        UpdatedAt = Start.AddMinutes(2),
        CompletedAt = Start.AddMinutes(2),
        Broker = "paper",
        Status = RunStatus.Completed,
        Phase = RunPhase.Done,
        PortfolioState = PortfolioState.Current,
        TradingDaysElapsed = 0,
        PortfolioAge = TimeSpan.FromMinutes(90),
        TotalValue = Money.FromDollars(249_800m),
        StartCash = Money.FromDollars(45_000m),
        RunningCash = Money.FromDollars(40_000m),
        PreExecution = new PreExecutionSummary(
            Money.FromDollars(5_000m),
            Money.FromDollars(40_000m),
            Ratio.FromFraction(40_000m / 249_800m),
            BufferStatus.Healthy,
            [new SectorFlag(SectorName.Create("Technology"), Ratio.FromPercent(7.6m), Ratio.FromPercent(7.6m), 0m, Money.FromDollars(5_000m), Ratio.FromPercent(9.6m), false, "Within cap")]),
        PostExecution = new PostExecutionSummary(
            [new SectorAfter(SectorName.Create("Technology"), Ratio.FromPercent(9.6m), true), new SectorAfter(SectorName.Create("Financials"), Ratio.FromPercent(27.1m), true)],
            Money.FromDollars(40_000m),
            Ratio.FromFraction(40_000m / 249_800m),
            BufferCheck.Pass),
    };

    public static QaTrade QaTrade(string id, string ticker = "MSFT", decimal size = 5_000m, int index = 0) => new()
    {
        TradeId = TradeId.Create(id),
        Ticker = Ticker.Create(ticker),
        SizeDollars = Money.FromDollars(size),
        Account = AccountId.Create("TAXABLE-1"),
        Sector = SectorName.Create("Technology"),
        Conviction = "HIGH",
        Gate = ApprovalGate.ApprovedForExecution,
        ApprovalTimestamp = Start.AddMinutes(-40 + index),
        LastKnownPrice = Money.FromDollars(410.25m),
        StopLoss = new StopLossSpec(Money.FromDollars(380m)),
        ProfitTargets = [new ProfitTargetSpec(Money.FromDollars(450m), 50m), new ProfitTargetSpec(Money.FromDollars(480m), 50m)],
        ReportIndex = index,
    };

    /// <summary>An executed buy with its fill and protective orders.</summary>
    public static TradeExecution Executed(string id, string ticker = "MSFT", int sequence = 0)
    {
        var entry = ClientOrderId.ForEntry("QA-2026-11-24-001", TradeId.Create(id), 1);
        return new TradeExecution
        {
            Sequence = sequence,
            Trade = QaTrade(id, ticker, index: sequence),
            Status = TradeStatus.Executed,
            ClientOrderId = entry,
            SubmittedAt = Start.AddMinutes(1),
            Fill = new TradeFill(Money.FromDollars(410.74m), 12.173m, Money.FromDollars(5_000m), Start.AddMinutes(1)),
            SlippageBps = 12m,
            BufferAfter = Ratio.FromFraction(40_000m / 249_800m),
            StopLossOrder = new ProtectiveOrder(entry.WithSuffix("sl"), OrderType.Stop, 12.173m, Money.FromDollars(380m), null, OrderStatus.Accepted, "g1"),
            ProfitTargetOrders =
            [
                new ProtectiveOrder(entry.WithSuffix("tp1"), OrderType.Limit, 6.0865m, null, Money.FromDollars(450m), OrderStatus.Accepted, "g1"),
                new ProtectiveOrder(entry.WithSuffix("tp2"), OrderType.Limit, 6.0865m, null, Money.FromDollars(480m), OrderStatus.Filled, "g1"),
            ],
            ProtectionPlaced = true,
        };
    }

    public static TradeExecution WithStatus(string id, TradeStatus status, int sequence = 0, string? reason = null) => new()
    {
        Sequence = sequence,
        Trade = QaTrade(id, index: sequence),
        Status = status,
        Reason = reason,
    };

    public static Escalation Escalation(string id, EscalationType type, EscalationStatus status = EscalationStatus.Open, bool blocking = true, params string[] tradeIds) => new()
    {
        Id = EscalationId.Create(id),
        Type = type,
        Step = EscalationStep.Step3C,
        Trigger = "Buffer 11.5% after T-001",
        TradeIds = [.. tradeIds.Select(TradeId.Create)],
        Action = "HALT remaining, ESCALATE to MA",
        Status = status,
        Blocking = blocking,
        RaisedAt = Start.AddMinutes(1),
    };

    public RunBuilder Header(Func<RunHeader, RunHeader> change)
    {
        _header = change(_header);
        return this;
    }

    public RunBuilder Status(RunStatus status) => Header(h => h with { Status = status });

    public RunBuilder Trade(TradeExecution trade)
    {
        _trades.Add(trade);
        return this;
    }

    public RunBuilder Escalate(Escalation escalation)
    {
        _escalations.Add(escalation);
        return this;
    }

    public RunSnapshot Build() => new(_header, Inputs(), [.. _trades], [.. _escalations]);

    private static RunInputs Inputs() => new()
    {
        Portfolio = new PortfolioSnapshot
        {
            LastUpdated = Start.AddMinutes(-90),
            TotalValue = Money.FromDollars(249_800m),
            TotalCash = Money.FromDollars(45_000m),
            Positions =
            [
                new Position(Ticker.Create("AAPL"), AccountId.Create("TAXABLE-1"), SectorName.Create("Technology"), 100m, Money.FromDollars(190m), Money.FromDollars(19_000m)),
                new Position(Ticker.Create("JPM"), AccountId.Create("ROTH-1"), SectorName.Create("Financials"), 300m, Money.FromDollars(226m), Money.FromDollars(67_800m)),
            ],
            Warnings = ["Sector table differs from positions for Energy"],
        },
        Policy = ExecutionPolicy.Default,
        BrokerSpec = "paper",
    };
}
