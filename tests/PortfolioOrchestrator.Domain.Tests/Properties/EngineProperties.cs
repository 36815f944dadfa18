using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Tests.Properties;

public sealed class EngineProperties
{
    [Property(Arbitrary = [typeof(QueueArbitraries)])]
    public void No_trade_outside_approved_for_execution_ever_reaches_the_broker(QueueScenario scenario)
    {
        var run = ScenarioRun.Execute(scenario);

        Assert.All(run.Harness.Broker.Submissions, s => Assert.True(run.TradeOf(s.ClientOrderId)?.IsApproved, $"{s.ClientOrderId} is not an approved trade's"));
        Assert.All(run.Run.Trades.Where(t => !t.Trade.IsApproved), t => Assert.Equal(TradeStatus.NotApproved, t.Status));
    }

    [Property(Arbitrary = [typeof(QueueArbitraries)])]
    public void The_broker_receives_entry_orders_in_approval_order(QueueScenario scenario)
    {
        var run = ScenarioRun.Execute(scenario);
        var rank = run.ApprovalOrder.Select((t, i) => (t.TradeId, i)).ToDictionary(x => x.TradeId, x => x.i);

        var ranks = run.Harness.Broker.Submissions.Select(s => rank[run.TradeOf(s.ClientOrderId)!.TradeId]).ToList();

        Assert.Equal(ranks.Order(), ranks);
    }

    [Property(Arbitrary = [typeof(QueueArbitraries)])]
    public void Cash_after_is_cash_before_less_filled_buys_plus_filled_sells(QueueScenario scenario)
    {
        var run = ScenarioRun.Execute(scenario);
        var cash = 45_000m;
        foreach (var order in run.Harness.Broker.EntryOrders)
        {
            cash += order.Side == OrderSide.Buy ? -order.FilledNotional.Dollars : order.FilledNotional.Dollars;
        }

        Assert.Equal(RunPhase.Done, run.Run.Header.Phase);
        Assert.Equal(Money.FromDollars(cash), run.Run.Header.PostExecution!.CashAfter);
    }

    [Property(Arbitrary = [typeof(QueueArbitraries)])]
    public void Each_trade_buffer_after_follows_the_running_cash(QueueScenario scenario)
    {
        var run = ScenarioRun.Execute(scenario);
        var total = run.Run.Header.TotalValue;
        var cash = run.Run.Header.StartCash;

        foreach (var trade in run.Run.Trades)
        {
            if (trade.Status is TradeStatus.Executed or TradeStatus.PendingFill)
            {
                cash += trade.Trade.CashEffect;
                if (scenario.BrokerReportsCash)
                {
                    // The venue's cash can be lower (a partly filled sell raised less): the lower one counts.
                    Assert.True(trade.BufferAfter <= cash / total, $"{trade.TradeId}: {trade.BufferAfter} above the running {cash / total}");
                }
                else
                {
                    Assert.Equal(cash / total, trade.BufferAfter);
                }
            }
            else
            {
                Assert.Null(trade.BufferAfter);
            }
        }

        Assert.Equal(cash, run.Run.Header.RunningCash);
    }

    [Property(Arbitrary = [typeof(QueueArbitraries)])]
    public void Never_two_entry_orders_for_one_trade(QueueScenario scenario)
    {
        var run = ScenarioRun.Execute(scenario);

        var perTrade = run.Harness.Broker.Submissions.GroupBy(s => run.TradeOf(s.ClientOrderId)!.TradeId);
        Assert.All(perTrade, g => Assert.Single(g));
        var ordersPerTrade = run.Harness.Broker.EntryOrders.GroupBy(o => run.TradeOf(o.ClientOrderId)!.TradeId);
        Assert.All(ordersPerTrade, g => Assert.Single(g));
    }

    [Property(Arbitrary = [typeof(QueueArbitraries)])]
    public void Every_run_ends_with_every_approved_trade_accounted_for(QueueScenario scenario)
    {
        var run = ScenarioRun.Execute(scenario);
        var settled = new[] { TradeStatus.Executed, TradeStatus.ExecutionFailed, TradeStatus.Halted, TradeStatus.Deferred, TradeStatus.PendingFill, TradeStatus.AlreadyExecuted };

        Assert.All(run.Run.Trades.Where(t => t.Trade.IsApproved), t => Assert.Contains(t.Status, settled));
        Assert.Equal(scenario.Decision == DecisionKind.Halt && run.Run.Escalations.Any(e => e.Blocking), run.Run.Header.Status == RunStatus.Halted);
    }

    [Property(Arbitrary = [typeof(QueueArbitraries)], MaxTest = 60)]
    public void A_run_killed_at_any_commit_resumes_to_the_uninterrupted_outcome(CrashScenario crash)
    {
        var clean = ScenarioRun.Execute(crash.Queue);
        var at = 1 + (int)(crash.At * (clean.Commits - 1));

        var resumed = ScenarioRun.ExecuteWithCrash(crash.Queue, at, crash.Moment);

        Assert.Equal(clean.Run.Header.Status, resumed.Run.Header.Status);
        Assert.Equal(
            clean.Run.Trades.Select(t => (t.TradeId, t.Status, t.ClientOrderId, t.Fill?.FilledDollars, t.BufferAfter)),
            resumed.Run.Trades.Select(t => (t.TradeId, t.Status, t.ClientOrderId, t.Fill?.FilledDollars, t.BufferAfter)));
        Assert.Equal(clean.Run.Header.PostExecution!.CashAfter, resumed.Run.Header.PostExecution!.CashAfter);
        Assert.Equal(clean.Harness.Broker.Submissions.Select(s => s.ClientOrderId), resumed.Harness.Broker.Submissions.Select(s => s.ClientOrderId));
        Assert.Equal(clean.Harness.Broker.Orders.Count, resumed.Harness.Broker.Orders.Count);
    }

    [Property(Arbitrary = [typeof(QueueArbitraries)], MaxTest = 60)]
    public void A_second_run_of_the_same_report_never_places_a_trade_that_was_placed(QueueScenario scenario)
    {
        var first = ScenarioRun.Execute(scenario);
        for (var i = 0; i < scenario.Trades.Count; i++)
        {
            first.Harness.Broker.Ticker(QueueScenario.TickerOf(i)).Normal();
        }

        var before = first.Harness.Broker.Submissions.Count;
        var second = first.Harness.StartAsync(first.Report).GetAwaiter().GetResult();
        while (second.Header.Status == RunStatus.AwaitingDecision)
        {
            second = first.Harness.DecideAndContinueAsync(second, scenario.Decision).GetAwaiter().GetResult();
        }

        var placed = first.Run.Trades.Where(t => t.Status is TradeStatus.Executed or TradeStatus.PendingFill).ToList();
        Assert.All(placed, t => Assert.Equal(TradeStatus.AlreadyExecuted, second.Trade(t.TradeId.Value).Status));
        Assert.All(placed, t => Assert.Equal(t.ClientOrderId, second.Trade(t.TradeId.Value).ClientOrderId));
        var sent = first.Harness.Broker.Submissions.Skip(before).Select(s => first.TradeOf(s.ClientOrderId)!.TradeId).ToList();
        Assert.DoesNotContain(sent, id => placed.Any(t => t.TradeId == id));
        Assert.Equal(sent.Distinct(), sent);
    }
}
