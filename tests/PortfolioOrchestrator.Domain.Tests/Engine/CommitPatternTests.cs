using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Testing.Journal;

namespace PortfolioOrchestrator.Domain.Tests.Engine;

/// <summary>
/// CONTRACT Resolution 11 at the disk's price: each trade's intent is durable before its submit, and on the
/// common path it is the trade's only durable commit — the previous trade's outcome, protection and in-loop
/// check go with it (docs/journal.md, <i>One durable commit per trade</i>).
/// </summary>
public sealed class CommitPatternTests
{
    [Fact]
    public async Task Each_trade_on_the_common_path_costs_one_durable_commit()
    {
        var three = await CommitsForAsync(3);
        var thirteen = await CommitsForAsync(13);

        Assert.Equal(10, thirteen - three);
    }

    [Fact]
    public async Task Every_entry_order_is_sent_only_once_its_intent_is_durable()
    {
        var h = new EngineHarness();
        var violations = new List<string>();
        h.Venue = new IntentCheckingBroker(h.Broker, h.Journal, violations);
        h.Broker.Ticker("AB").PartialFill(0.5m);
        h.Broker.Ticker("AC").Rejects("no");
        h.Broker.Ticker("AD").SubmitUnresolved();

        var run = await h.StartAsync(Queue(5));

        Assert.Equal(5, h.Broker.Submissions.Select(s => s.ClientOrderId).Distinct().Count());
        Assert.Empty(violations);
        Assert.Contains(run.Trades, t => t.Status == TradeStatus.ExecutionFailed);
    }

    private static async Task<int> CommitsForAsync(int trades)
    {
        var h = new EngineHarness();
        var counter = new CrashingJournal(h.Journal, int.MaxValue);
        var run = await h.StartAsync(Queue(trades), journal: counter);
        Assert.All(run.Trades, t => Assert.Equal(TradeStatus.Executed, t.Status));
        Assert.Equal(trades, h.Broker.ProtectionRequests.Count);
        return counter.Commits;
    }

    private static QaReport Queue(int trades) => new QaReportBuilder().With(
        [.. Enumerable.Range(0, trades).Select(i => new TradeBuilder($"T-{i + 1:000}", $"A{(char)('A' + i)}").Size(100m))]).Build();

    /// <summary>Records a submit whose trade the journal does not yet hold, durably, under the submitted id.</summary>
    private sealed class IntentCheckingBroker(IBroker inner, InMemoryJournal journal, List<string> violations) : IBroker
    {
        public string Name => inner.Name;

        public async Task<OrderOutcome> SubmitAsync(OrderRequest request, CancellationToken cancellationToken)
        {
            var runs = await journal.ListRunsAsync(cancellationToken);
            var run = await journal.LoadRunAsync(runs.Single().RunId, cancellationToken);
            if (!run!.Trades.Any(t => t.ClientOrderId == request.ClientOrderId && t.Status is TradeStatus.Submitting or TradeStatus.Unknown))
            {
                violations.Add($"{request.ClientOrderId} was sent before its intent was committed");
            }

            return await inner.SubmitAsync(request, cancellationToken);
        }

        public Task<OrderLookup> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) => inner.GetOrderAsync(clientOrderId, cancellationToken);

        public Task<OrderOutcome> CancelAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) => inner.CancelAsync(clientOrderId, cancellationToken);

        public Task<ProtectionOutcome> ProtectAsync(ProtectionRequest request, CancellationToken cancellationToken) => inner.ProtectAsync(request, cancellationToken);

        public Task<BrokerAccount?> GetAccountAsync(CancellationToken cancellationToken) => inner.GetAccountAsync(cancellationToken);

        public Task<Money?> GetMarketPriceAsync(Ticker ticker, Money? referencePrice, CancellationToken cancellationToken) => inner.GetMarketPriceAsync(ticker, referencePrice, cancellationToken);
    }
}
