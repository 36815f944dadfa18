namespace PortfolioOrchestrator.Domain.Tests.Runs;

public sealed class TradeTransitionsTests
{
    /// <summary>The contract's trade lifecycle, written out here independently of the table it checks.</summary>
    private static readonly HashSet<(TradeStatus From, TradeStatus To)> Expected =
    [
        (TradeStatus.Queued, TradeStatus.Submitting),
        (TradeStatus.Queued, TradeStatus.AlreadyExecuted),
        (TradeStatus.Queued, TradeStatus.Deferred),
        (TradeStatus.Queued, TradeStatus.Halted),
        (TradeStatus.Submitting, TradeStatus.Unknown),
        (TradeStatus.Submitting, TradeStatus.Executed),
        (TradeStatus.Submitting, TradeStatus.ExecutionFailed),
        (TradeStatus.Submitting, TradeStatus.PendingFill),
        (TradeStatus.Unknown, TradeStatus.Executed),
        (TradeStatus.Unknown, TradeStatus.ExecutionFailed),
        (TradeStatus.Unknown, TradeStatus.PendingFill),
        (TradeStatus.PendingFill, TradeStatus.Executed),
    ];

    public static TheoryData<TradeStatus, TradeStatus> EveryPair() => EnumPairs.Of<TradeStatus>();

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void A_trade_moves_exactly_along_the_table_and_every_other_move_is_refused(TradeStatus from, TradeStatus to)
    {
        var trade = Trade(from);

        if (Expected.Contains((from, to)))
        {
            Assert.True(TradeTransitions.Allows(from, to));
            Assert.Equal(to, trade.MoveTo(to).Status);
        }
        else
        {
            Assert.False(TradeTransitions.Allows(from, to));
            var refused = Assert.Throws<InvalidOperationException>(() => trade.MoveTo(to));
            Assert.Contains($"from {from} to {to}", refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(TradeStatus.Executed)]
    [InlineData(TradeStatus.ExecutionFailed)]
    [InlineData(TradeStatus.Halted)]
    [InlineData(TradeStatus.Deferred)]
    [InlineData(TradeStatus.NotApproved)]
    [InlineData(TradeStatus.AlreadyExecuted)]
    public void A_settled_trade_is_final(TradeStatus status) => Assert.True(TradeTransitions.IsFinal(status));

    [Fact]
    public void A_move_keeps_everything_else_about_the_trade()
    {
        var trade = Trade(TradeStatus.Queued) with { Attempt = 2, Reason = "kept" };

        var moved = trade.MoveTo(TradeStatus.Submitting);

        Assert.Equal(trade with { Status = TradeStatus.Submitting }, moved);
    }

    internal static TradeExecution Trade(TradeStatus status, int sequence = 0) => new()
    {
        Sequence = sequence,
        Trade = new TradeBuilder().Build(),
        Status = status,
    };
}
