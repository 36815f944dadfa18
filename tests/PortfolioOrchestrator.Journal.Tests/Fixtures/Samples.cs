using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>Records with every property set, so a round trip that drops one shows.</summary>
internal static class Samples
{
    public const string ReportId = "QA-2026-11-24-001";

    public static readonly DateTimeOffset Start = new(2026, 11, 24, 14, 0, 0, TimeSpan.FromHours(-5));

    private static readonly SectorName Technology = SectorName.Create("Technology");
    private static readonly SectorName Energy = SectorName.Create("Energy");
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");

    public static RunId Run(int number) => RunId.Create($"{ReportId}-r{number}");

    public static RunSnapshot Snapshot(RunId runId, int trades = 2, int escalations = 1) => new(
        Header(runId),
        InputsV2(),
        [.. Enumerable.Range(0, trades).Select(TradeV2)],
        [.. Enumerable.Range(0, escalations).Select(i => Escalation(EscalationId.Create($"{runId}-E{i + 1}")))]);

    /// <summary>The approval flags the version-1 header fixture was written with.</summary>
    public static readonly RunApprovals Approvals = new(StalePortfolio: true, PreExecution: true, BufferBreach: true, Reconciliation: true);

    public static RunHeader Header(RunId runId) => new()
    {
        RunId = runId,
        ReportId = ReportId,
        StartedAt = Start,
        UpdatedAt = Start.AddMinutes(3),
        CompletedAt = Start.AddMinutes(4),
        Broker = "paper:script.json",
        Status = RunStatus.CompletedWithEscalations,
        Phase = RunPhase.PostExecution,
        PortfolioState = PortfolioState.StaleWithinDay,
        TradingDaysElapsed = 1,
        PortfolioAge = new TimeSpan(0, 3, 20, 5, 250),
        Refresh = RefreshStatus.TimedOut,
        PreExecution = new PreExecutionSummary(
            Money.FromDollars(15_000.10m),
            Money.FromDollars(29_999.90m),
            Ratio.FromFraction(0.120096m),
            BufferStatus.Marginal,
            [new SectorFlag(Technology, Ratio.FromPercent(7.6m), Ratio.FromFraction(0.101m), 2.5m, Money.FromDollars(5000m), Ratio.FromFraction(0.121m), true, "Technology drifted 2.5 pp")]),
        TotalValue = Money.FromDollars(249_800.00m),
        StartCash = Money.FromDollars(45_000.00m),
        RunningCash = Money.FromDollars(40_000.00m),
        NextQueueIndex = 2,
        AwaitingEscalation = EscalationId.Create("E-7"),
        PostExecution = new PostExecutionSummary(
            [new SectorAfter(Technology, Ratio.FromFraction(0.096m), true), new SectorAfter(Energy, Ratio.FromFraction(0.36m), false)],
            Money.FromDollars(40_000.00m),
            Ratio.FromFraction(0.1601281m),
            BufferCheck.Caution),
        NextReviewDate = new DateOnly(2026, 12, 1),
        Caveats = ["Portfolio data >2 hours old"],
        Warnings = ["Sector table disagrees with positions"],
        EscalationCount = 3,
    };

    public static RunInputs Inputs() => new()
    {
        Portfolio = new PortfolioSnapshot
        {
            LastUpdated = Start.AddHours(-4),
            TotalValue = Money.FromDollars(249_800.00m),
            TotalCash = Money.FromDollars(45_000.00m),
            Accounts = [new AccountBalance(Taxable, "Taxable", Money.FromDollars(45_000m))],
            Positions = [new Position(Ticker.Create("AAPL"), Taxable, Technology, 100.5m, Money.FromDollars(190.00m), Money.FromDollars(19_095.00m))],
            StatedSectors = [new StatedSectorAllocation(Technology, Money.FromDollars(19_000m), Ratio.FromPercent(7.6m))],
            Warnings = ["Total Value rounded"],
        },
        Policy = new ExecutionPolicy
        {
            MinBuffer = Ratio.FromFraction(0.16m),
            BufferFloor = Ratio.FromFraction(0.11m),
            SectorCap = Ratio.FromFraction(0.30m),
            SectorDriftPoints = 1.5m,
            MaxStalenessTradingDays = 2,
            RefreshAfter = TimeSpan.FromHours(3),
            RefreshTimeout = TimeSpan.FromMinutes(7),
            RefreshEscalateAfter = TimeSpan.FromMinutes(12),
            SlippageFlagBps = 40m,
            PartialFillRatio = Ratio.FromFraction(0.85m),
            NoFillAfter = TimeSpan.FromMinutes(20),
            PauseOnAggregateBreach = true,
        },
        QaContext = new QaPortfolioContext
        {
            AsOf = Start.AddHours(-1),
            TotalValue = Money.FromDollars(249_800.00m),
            TotalCash = Money.FromDollars(45_000.00m),
            SectorAllocations = new Dictionary<SectorName, Ratio> { [Technology] = Ratio.FromPercent(7.6m) },
        },
        BrokerSpec = "paper:script.json",
        FixedNow = Start,
        SourceTexts = new Dictionary<string, string> { ["PORTFOLIO.md"] = "# PORTFOLIO\n", ["qa.json"] = "{ \"report_id\": \"x\" }" },
        OutputDirectory = "/tmp/out",
    };

    /// <summary>
    /// <see cref="Inputs"/> with what record version 2 adds: the PORTFOLIO.md path, the <c>--refresh</c> mode and
    /// the portfolio a completed refresh delivered (CONTRACT Resolution 24).
    /// </summary>
    public static RunInputs InputsV2()
    {
        var inputs = Inputs();
        var refreshed = inputs.Portfolio with
        {
            LastUpdated = Start.AddMinutes(-10),
            TotalCash = Money.FromDollars(40_000.00m),
            TotalValue = Money.FromDollars(244_800.00m),
            Accounts = [new AccountBalance(Taxable, "Taxable", Money.FromDollars(40_000m))],
            Warnings = ["Sector table rounded"],
        };
        return inputs with
        {
            PortfolioPath = "/home/agents/PORTFOLIO.md",
            RefreshMode = "command:sh refresh-portfolio.sh",
            Refreshed = new RefreshedPortfolio(refreshed, RefreshSource.Command, "# PORTFOLIO\n**Last Updated:** 2026-11-24T13:50:00-05:00\n"),
        };
    }

    public static QaTrade QaTrade(int index) => new()
    {
        TradeId = TradeId.Create($"T-{index + 1:000}"),
        Ticker = Ticker.Create("MSFT"),
        Side = TradeSide.Sell,
        SizeDollars = Money.FromDollars(5000.00m),
        Account = Taxable,
        Sector = Technology,
        Conviction = "HIGH",
        Gate = ApprovalGate.ApprovedForExecution,
        ApprovalTimestamp = Start.AddMinutes(-60 + index),
        LastKnownPrice = Money.FromDollars(410.25m),
        StopLoss = new StopLossSpec(Money.FromDollars(380.00m)),
        ProfitTargets = [new ProfitTargetSpec(Money.FromDollars(450m), 50m), new ProfitTargetSpec(Money.FromDollars(480m), 50m)],
        ReportIndex = index,
    };

    public static TradeExecution Trade(int index, TradeStatus status = TradeStatus.Executed, int attempt = 2)
    {
        var qa = QaTrade(index);
        var id = ClientOrderId.ForEntry(ReportId, qa.TradeId, attempt);
        return new TradeExecution
        {
            Sequence = index,
            Trade = qa,
            Status = status,
            Attempt = attempt,
            ClientOrderId = id,
            SubmittedAt = Start.AddSeconds(index),
            Fill = new TradeFill(Money.FromDollars(410.75m), 12.1704m, Money.FromDollars(4998.99m), Start.AddSeconds(index + 1)),
            SlippageBps = 12.19m,
            BufferAfter = Ratio.FromFraction(0.1401m),
            Flags = [TradeFlag.BufferMarginal, TradeFlag.PartialFill],
            StopLossOrder = new ProtectiveOrder(id.WithSuffix("sl"), OrderType.Stop, 12.1704m, Money.FromDollars(380m), Money.FromDollars(379m), OrderStatus.Accepted, "oco-1"),
            AdditionalStopLossOrders = [new ProtectiveOrder(id.WithSuffix("oco2"), OrderType.Stop, 6m, Money.FromDollars(380m), Money.FromDollars(379m), OrderStatus.Accepted, "oco-2")],
            ProfitTargetOrders = [new ProtectiveOrder(id.WithSuffix("tp1"), OrderType.Limit, 6.0852m, Money.FromDollars(1m), Money.FromDollars(450m), OrderStatus.New, "oco-1")],
            ProtectionPlaced = true,
            Unprotected = ["fractional remainder 0.0000 shares"],
            Reason = "partially filled",
            EarlierRunId = RunId.Create("QA-2026-11-24-001-r0"),
        };
    }

    /// <summary>
    /// <see cref="Trade"/> with what trade record version 2 adds: the market price at submission, the
    /// slippage against it (CONTRACT Resolution 22) and the venue's expiry of each protective order.
    /// </summary>
    public static TradeExecution TradeV2(int index)
    {
        var trade = Trade(index);
        var expires = new DateTimeOffset(2027, 2, 22, 21, 15, 0, TimeSpan.Zero);
        return trade with
        {
            MarketPriceAtSubmission = Money.FromDollars(410.5m),
            MarketSlippageBps = 6.09m,
            StopLossOrder = trade.StopLossOrder! with { ExpiresAt = expires },
            AdditionalStopLossOrders = [trade.AdditionalStopLossOrders[0] with { ExpiresAt = expires }],
            ProfitTargetOrders = [trade.ProfitTargetOrders[0] with { ExpiresAt = expires }],
        };
    }

    public static Escalation Escalation(EscalationId id, Decision? decision = null) => new()
    {
        Id = id,
        Type = EscalationType.BufferWouldBreach,
        Step = EscalationStep.Step3C,
        Trigger = "Buffer would end at 11.9%",
        TradeIds = [TradeId.Create("T-002"), TradeId.Create("T-003")],
        Action = "Paused; awaiting Master-Architect",
        Status = decision is null ? EscalationStatus.Approved : EscalationStatus.Deferred,
        Blocking = true,
        RaisedAt = Start.AddMinutes(2),
        Decision = decision ?? new Decision(DecisionKind.Approve, "master-architect", "go on", Start.AddMinutes(30)),
    };

    public static QaReport Report() => new()
    {
        ReportId = ReportId,
        GeneratedAt = Start.AddHours(-1),
        PortfolioContext = new QaPortfolioContext
        {
            AsOf = Start.AddHours(-2),
            TotalValue = Money.FromDollars(249_800m),
            TotalCash = Money.FromDollars(45_000m),
            SectorAllocations = new Dictionary<SectorName, Ratio> { [Technology] = Ratio.FromPercent(7.6m), [Energy] = Ratio.FromPercent(22.4m) },
        },
        Trades = [QaTrade(0)],
    };

    public static JournalEvent Event(RunId runId, int n) => new(runId, Start.AddSeconds(n), "order.intent", $"event {n}");

    public static JournalBatch Batch(RunHeader header, IReadOnlyList<TradeExecution>? trades = null, IReadOnlyList<Escalation>? escalations = null, IReadOnlyList<JournalEvent>? events = null) =>
        new(header, trades ?? [], escalations ?? [], events ?? []);
}
