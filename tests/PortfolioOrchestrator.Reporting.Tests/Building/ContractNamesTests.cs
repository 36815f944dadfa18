using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Reporting.Tests.Building;

public sealed class ContractNamesTests
{
    [Fact]
    public void Every_run_status_has_its_contract_name() =>
        AssertNames(ContractNames.Of, new Dictionary<RunStatus, string>
        {
            [RunStatus.Running] = "RUNNING",
            [RunStatus.Completed] = "COMPLETED",
            [RunStatus.CompletedWithEscalations] = "COMPLETED_WITH_ESCALATIONS",
            [RunStatus.AwaitingDecision] = "AWAITING_DECISION",
            [RunStatus.Halted] = "HALTED",
            [RunStatus.Interrupted] = "INTERRUPTED",
        });

    [Fact]
    public void Every_portfolio_state_has_its_contract_name() =>
        AssertNames(ContractNames.Of, new Dictionary<PortfolioState, string>
        {
            [PortfolioState.Current] = "CURRENT",
            [PortfolioState.StaleWithinDay] = "STALE_WITHIN_DAY",
            [PortfolioState.TooStale] = "TOO_STALE",
        });

    [Fact]
    public void Every_refresh_status_has_its_contract_name() =>
        AssertNames(ContractNames.Of, new Dictionary<RefreshStatus, string>
        {
            [RefreshStatus.NotNeeded] = "NOT_NEEDED",
            [RefreshStatus.Completed] = "COMPLETED",
            [RefreshStatus.TimedOut] = "TIMED_OUT",
            [RefreshStatus.Failed] = "FAILED",
        });

    [Fact]
    public void Every_buffer_status_and_check_has_its_contract_name()
    {
        AssertNames(ContractNames.Of, new Dictionary<BufferStatus, string>
        {
            [BufferStatus.Healthy] = "HEALTHY",
            [BufferStatus.Marginal] = "MARGINAL",
            [BufferStatus.AtRisk] = "AT_RISK",
        });
        AssertNames(ContractNames.Of, new Dictionary<BufferCheck, string>
        {
            [BufferCheck.Pass] = "PASS",
            [BufferCheck.Caution] = "CAUTION",
            [BufferCheck.Fail] = "FAIL",
        });
    }

    [Fact]
    public void Every_trade_status_has_its_contract_name_outside_a_pause() =>
        AssertNames(s => ContractNames.Of(s, RunStatus.Completed), new Dictionary<TradeStatus, string>
        {
            [TradeStatus.Queued] = "QUEUED",
            [TradeStatus.Submitting] = "UNRESOLVED",
            [TradeStatus.Unknown] = "UNRESOLVED",
            [TradeStatus.Executed] = "EXECUTED",
            [TradeStatus.ExecutionFailed] = "EXECUTION_FAILED",
            [TradeStatus.Halted] = "HALTED",
            [TradeStatus.Deferred] = "DEFERRED",
            [TradeStatus.NotApproved] = "NOT_APPROVED",
            [TradeStatus.PendingFill] = "PENDING_FILL",
            [TradeStatus.AlreadyExecuted] = "ALREADY_EXECUTED",
        });

    [Fact]
    public void A_queued_trade_shows_halted_while_the_run_awaits_a_decision()
    {
        Assert.Equal("HALTED", ContractNames.Of(TradeStatus.Queued, RunStatus.AwaitingDecision));
        Assert.Equal("QUEUED", ContractNames.Of(TradeStatus.Queued, RunStatus.Running));
    }

    [Fact]
    public void Every_trade_status_has_a_name_in_every_run_status()
    {
        foreach (var run in Enum.GetValues<RunStatus>())
        {
            foreach (var trade in Enum.GetValues<TradeStatus>())
            {
                Assert.False(string.IsNullOrEmpty(ContractNames.Of(trade, run)));
            }
        }
    }

    [Fact]
    public void Every_trade_flag_and_side_has_its_contract_name()
    {
        AssertNames(ContractNames.Of, new Dictionary<TradeFlag, string>
        {
            [TradeFlag.BufferMarginal] = "BUFFER_MARGINAL",
            [TradeFlag.BufferBreached] = "BUFFER_BREACHED",
            [TradeFlag.Slippage] = "SLIPPAGE",
            [TradeFlag.PartialFill] = "PARTIAL_FILL",
            [TradeFlag.Unprotected] = "UNPROTECTED",
        });
        AssertNames(ContractNames.Of, new Dictionary<TradeSide, string> { [TradeSide.Buy] = "BUY", [TradeSide.Sell] = "SELL" });
    }

    [Fact]
    public void Every_escalation_type_has_its_contract_name_and_seed_number()
    {
        AssertNames(ContractNames.Of, new Dictionary<EscalationType, string>
        {
            [EscalationType.StalePortfolio] = "STALE_PORTFOLIO",
            [EscalationType.SectorHeadroomChanged] = "SECTOR_HEADROOM_CHANGED",
            [EscalationType.BufferWouldBreach] = "BUFFER_WOULD_BREACH",
            [EscalationType.BufferBreached] = "BUFFER_BREACHED",
            [EscalationType.SectorCapBreach] = "SECTOR_CAP_BREACH",
            [EscalationType.ExecutionFailed] = "EXECUTION_FAILED",
            [EscalationType.RefreshDelayed] = "REFRESH_DELAYED",
            [EscalationType.NoFill] = "NO_FILL",
            [EscalationType.ReconciliationMismatch] = "RECONCILIATION_MISMATCH",
        });
        AssertNames(ContractNames.NumberOf, new Dictionary<EscalationType, int?>
        {
            [EscalationType.StalePortfolio] = 1,
            [EscalationType.SectorHeadroomChanged] = 2,
            [EscalationType.BufferWouldBreach] = 3,
            [EscalationType.BufferBreached] = 4,
            [EscalationType.SectorCapBreach] = 5,
            [EscalationType.ExecutionFailed] = 6,
            [EscalationType.RefreshDelayed] = null,
            [EscalationType.NoFill] = null,
            [EscalationType.ReconciliationMismatch] = null,
        });
    }

    [Fact]
    public void Every_escalation_status_and_decision_has_its_contract_name()
    {
        AssertNames(ContractNames.Of, new Dictionary<EscalationStatus, string>
        {
            [EscalationStatus.Open] = "OPEN",
            [EscalationStatus.Approved] = "APPROVED",
            [EscalationStatus.Deferred] = "DEFERRED",
            [EscalationStatus.Halted] = "HALTED",
            [EscalationStatus.Noted] = "NOTED",
        });
        AssertNames(ContractNames.Of, new Dictionary<DecisionKind, string>
        {
            [DecisionKind.Approve] = "approve",
            [DecisionKind.Defer] = "defer",
            [DecisionKind.Halt] = "halt",
        });
    }

    [Fact]
    public void Every_order_type_and_status_has_the_brokers_lower_case_word()
    {
        AssertNames(ContractNames.Of, new Dictionary<OrderType, string>
        {
            [OrderType.Market] = "market",
            [OrderType.Stop] = "stop",
            [OrderType.Limit] = "limit",
        });
        AssertNames(ContractNames.Of, new Dictionary<OrderStatus, string>
        {
            [OrderStatus.New] = "new",
            [OrderStatus.Accepted] = "accepted",
            [OrderStatus.PartiallyFilled] = "partially_filled",
            [OrderStatus.Filled] = "filled",
            [OrderStatus.Canceled] = "canceled",
            [OrderStatus.Expired] = "expired",
            [OrderStatus.Rejected] = "rejected",
        });
    }

    [Fact]
    public void A_value_outside_the_enum_is_a_programmer_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractNames.Of((RunStatus)99));

    /// <summary>Iterates the enum itself, so a new member without an expected name fails here.</summary>
    [Fact]
    public void The_domains_spelling_of_escalation_types_and_statuses_in_text_is_the_contracts()
    {
        Assert.All(Enum.GetValues<EscalationType>(), t => Assert.Equal(ContractNames.Of(t), ContractSpelling.Of(t)));
        Assert.All(Enum.GetValues<PortfolioState>(), s => Assert.Equal(ContractNames.Of(s), ContractSpelling.Of(s)));
        Assert.All(Enum.GetValues<BufferStatus>(), s => Assert.Equal(ContractNames.Of(s), ContractSpelling.Of(s)));
        Assert.All(Enum.GetValues<RunStatus>(), s => Assert.Equal(ContractNames.Of(s), ContractSpelling.Of(s)));
    }

    private static void AssertNames<TEnum, TName>(Func<TEnum, TName> name, Dictionary<TEnum, TName> expected)
        where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            Assert.True(expected.ContainsKey(member), $"{typeof(TEnum).Name}.{member} has no expected contract name in this test.");
            Assert.Equal(expected[member], name(member));
        }
    }
}
