using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Testing.Journal;
using static PortfolioOrchestrator.Domain.Tests.Engine.Example;

namespace PortfolioOrchestrator.Domain.Tests.Engine;

public sealed class IdempotencyTests
{
    private static QaReportBuilder TwoTrades() => new QaReportBuilder().With(
        new TradeBuilder("T-001", "MSFT"),
        new TradeBuilder("T-002", "AMD").Size(2_000m).Price(150m));

    [Fact]
    public async Task Resolution11_client_order_id_derives_from_report_and_trade_not_run()
    {
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();

        var run = await h.StartAsync(report);

        var expected = EngineHarness.EntryId(report, "T-001");
        Assert.Equal(expected, run.Trade("T-001").ClientOrderId);
        Assert.Equal(expected, Assert.Single(h.Broker.Submissions).ClientOrderId);
        Assert.EndsWith("-a1", expected.Value, StringComparison.Ordinal);
        Assert.NotEqual(expected, EngineHarness.EntryId(new QaReportBuilder().Id("QA-2026-11-24-002").Build(), "T-001"));
    }

    [Fact]
    public async Task Resolution11_second_run_of_same_report_reports_already_executed_and_sends_nothing()
    {
        var report = TwoTrades().Build();
        var h = new EngineHarness();
        var first = await h.StartAsync(report);

        var second = await h.StartAsync(report);

        Assert.NotEqual(first.Header.RunId, second.Header.RunId);
        Assert.Equal(2, h.Broker.Submissions.Count);
        foreach (var id in new[] { "T-001", "T-002" })
        {
            var again = second.Trade(id);
            Assert.Equal(TradeStatus.AlreadyExecuted, again.Status);
            Assert.Equal(first.Trade(id).ClientOrderId, again.ClientOrderId);
            Assert.Equal(first.Trade(id).Fill, again.Fill);
            Assert.Equal(first.Header.RunId, again.EarlierRunId);
        }

        Assert.Equal(Dollars(Cash), second.Header.PostExecution!.CashAfter);
        Assert.Equal(RunStatus.Completed, second.Header.Status);
    }

    [Fact]
    public async Task Resolution11_attempt_moves_on_after_rejection()
    {
        var report = TwoTrades().Build();
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").Rejects("insufficient buying power");
        var first = await h.StartAsync(report);
        Assert.Equal(TradeStatus.ExecutionFailed, first.Trade("T-001").Status);
        h.Broker.Ticker("MSFT").Normal();

        var second = await h.StartAsync(report);

        var retried = second.Trade("T-001");
        Assert.Equal(TradeStatus.Executed, retried.Status);
        Assert.Equal(2, retried.Attempt);
        Assert.Equal(EngineHarness.EntryId(report, "T-001", 2), retried.ClientOrderId);
        Assert.Equal(TradeStatus.AlreadyExecuted, second.Trade("T-002").Status);
        Assert.Equal(1, h.Broker.SubmitCount(EngineHarness.EntryId(report, "T-001", 1)));
        Assert.Equal(1, h.Broker.SubmitCount(EngineHarness.EntryId(report, "T-001", 2)));
        Assert.Equal(3, h.Broker.Submissions.Count);
    }

    [Fact]
    public async Task Resolution11_an_order_found_at_the_broker_but_not_in_the_journal_is_already_executed()
    {
        // A second state directory (fresh journal) over the same venue.
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();
        await h.StartAsync(report);

        var run = await h.StartAsync(report, journal: new InMemoryJournal());

        // Nothing is asked before the first send: the venue answers the second send with the order it holds.
        Assert.Equal(TradeStatus.AlreadyExecuted, run.Trade("T-001").Status);
        Assert.Equal(Dollars(5_000m), run.Trade("T-001").Fill!.FilledDollars);
        Assert.Single(h.Broker.EntryOrders);
    }

    [Fact]
    public async Task Resolution12_unresolved_submit_is_settled_by_lookup_never_resent()
    {
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").SubmitUnresolved();

        var run = await h.StartAsync(report);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(Dollars(5_000m), run.Trade("T-001").Fill!.FilledDollars);
        Assert.Equal(1, h.Broker.SubmitCount(EngineHarness.EntryId(report, "T-001")));
        Assert.Single(h.Broker.Submissions);
    }

    [Fact]
    public async Task Resolution17_an_unresolved_submit_the_venue_never_saw_is_sent_again_under_the_same_id()
    {
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();
        h.Broker.LostSubmissionsLeft = 2;

        var run = await h.StartAsync(report);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.True(h.Broker.Submissions.Count >= 2);
        Assert.All(h.Broker.Submissions, s => Assert.Equal(EngineHarness.EntryId(report, "T-001"), s.ClientOrderId));
        Assert.Single(h.Broker.EntryOrders);
    }

    [Fact]
    public async Task Resolution17_a_submit_still_unresolved_after_two_minutes_stops_the_run_with_the_trade_unresolved_and_resume_continues_the_same_way()
    {
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").SubmitUnresolvedNotRecorded();

        var stopped = await Assert.ThrowsAsync<BrokerUnavailableException>(() => h.StartAsync(report));

        Assert.Contains("unresolved after 2 minutes", stopped.Message);
        var runId = (await h.Journal.ListRunsAsync(CancellationToken.None)).Single().RunId;
        Assert.Equal(TradeStatus.Unknown, (await h.LoadAsync(runId))!.Trade("T-001").Status);
        Assert.Empty(h.Broker.Orders);
        Assert.All(h.Broker.Submissions, s => Assert.Equal(EngineHarness.EntryId(report, "T-001"), s.ClientOrderId));
        h.Broker.Ticker("MSFT").Normal();

        var run = await h.ContinueAsync(runId);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Single(h.Broker.EntryOrders);
    }

    [Fact]
    public async Task Resolution12_an_unreachable_venue_stops_the_run_and_resume_settles_it_without_resending()
    {
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();
        h.Broker.Ticker("MSFT").SubmitUnresolved().LookupUnavailable();

        await Assert.ThrowsAsync<BrokerUnavailableException>(() => h.StartAsync(report));
        var runId = (await h.Journal.ListRunsAsync(CancellationToken.None)).Single().RunId;
        Assert.Equal(TradeStatus.Unknown, (await h.LoadAsync(runId))!.Trade("T-001").Status);
        h.Broker.Ticker("MSFT").Normal();

        var run = await h.ContinueAsync(runId);

        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(RunStatus.Completed, run.Header.Status);
        Assert.Single(h.Broker.Submissions);
    }

    [Fact]
    public async Task Resolution17_nothing_is_asked_before_the_first_send()
    {
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();

        await h.StartAsync(report);

        Assert.Equal(0, h.Broker.LookupsBeforeSubmit(EngineHarness.EntryId(report, "T-001")));
        Assert.Single(h.Broker.Submissions);
    }

    [Fact]
    public async Task Resolution12_broker_cash_lower_than_running_cash_is_used()
    {
        // Running cash: 45,000 − 5,000 = 40,000 (0.16013, healthy). The venue reports 36,000 − 5,000 = 31,000:
        // 31,000 / 249,800 = 0.12410, marginal.
        var h = new EngineHarness();
        h.Broker.ReportsCash(36_000m);

        var run = await h.StartAsync(new QaReportBuilder());

        var trade = run.Trade("T-001");
        Assert.Equal(Buffer(31_000m), trade.BufferAfter);
        Assert.Contains(TradeFlag.BufferMarginal, trade.Flags);
        Assert.Equal(Dollars(40_000m), run.Header.RunningCash);
    }

    [Fact]
    public async Task Resolution12_broker_cash_higher_than_running_cash_is_not_used()
    {
        var h = new EngineHarness();
        h.Broker.ReportsCash(90_000m);

        var run = await h.StartAsync(new QaReportBuilder());

        Assert.Equal(Buffer(40_000m), run.Trade("T-001").BufferAfter);
    }

    [Fact]
    public async Task Resolution11_a_trade_only_intended_by_a_crashed_run_is_not_reported_executed_while_the_venue_cannot_be_asked()
    {
        // The first run dies right after making its intent durable: nothing reached the venue.
        var report = new QaReportBuilder().Build();
        var h = new EngineHarness();
        var crashing = CrashingJournal.When(h.Journal, b => b.Trades.Any(t => t.Status == TradeStatus.Submitting));
        await Assert.ThrowsAsync<SimulatedCrashException>(() => h.StartAsync(report, journal: crashing));
        h.Broker.LookupsUnavailable = true;

        await Assert.ThrowsAsync<BrokerUnavailableException>(() => h.StartAsync(report));

        var second = (await h.Journal.ListRunsAsync(CancellationToken.None))[1].RunId;
        Assert.NotEqual(TradeStatus.AlreadyExecuted, (await h.LoadAsync(second))!.Trade("T-001").Status);
        h.Broker.LookupsUnavailable = false;
        var run = await h.ContinueAsync(second);
        Assert.Equal(TradeStatus.Executed, run.Trade("T-001").Status);
        Assert.Equal(EngineHarness.EntryId(report, "T-001"), Assert.Single(h.Broker.Submissions).ClientOrderId);
    }
}
