using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Testing.Broker;
using PortfolioOrchestrator.Testing.Journal;

namespace PortfolioOrchestrator.Domain.Tests.Engine;

/// <summary>
/// A run killed at any journal commit, or right after any call to the venue (the venue then ahead of the
/// journal by everything since the last durable commit), then continued by a fresh engine over the same
/// journal and venue, ends as the uninterrupted run does, with exactly one entry order per trade at the
/// broker and the same orders there (docs/journal.md, <i>One durable commit per trade</i>).
/// </summary>
public sealed class ResumeTests
{
    public static TheoryData<string, CrashMoment> Crashes => new()
    {
        { nameof(MixedQueue), CrashMoment.AfterCommit },
        { nameof(MixedQueue), CrashMoment.BeforeCommit },
        { nameof(PausedQueue), CrashMoment.AfterCommit },
        { nameof(PausedQueue), CrashMoment.BeforeCommit },
        { nameof(SameTickerQueue), CrashMoment.AfterCommit },
        { nameof(SameTickerQueue), CrashMoment.BeforeCommit },
    };

    public static TheoryData<string> Scenarios => [nameof(MixedQueue), nameof(PausedQueue), nameof(SameTickerQueue)];

    [Theory]
    [MemberData(nameof(Crashes))]
    public async Task Run_interrupted_after_any_commit_resumes_to_the_same_trades_with_one_order_each(string scenario, CrashMoment moment)
    {
        var (report, setUp) = Scenario(scenario);
        var clean = new EngineHarness();
        setUp(clean);
        var counter = new CrashingJournal(clean.Journal, int.MaxValue);
        var expected = await DriveAsync(clean, counter, () => clean.StartAsync(report, journal: counter));
        Assert.True(counter.Commits >= expected.Trades.Count(t => t.Trade.IsApproved), $"only {counter.Commits} commits");
        Assert.Equal(ExpectedStatuses(scenario), expected.Trades.Select(t => t.Status));

        var failures = new List<string>();
        for (var n = 1; n <= counter.Commits; n++)
        {
            var h = new EngineHarness();
            setUp(h);
            var crashing = new CrashingJournal(h.Journal, n, moment);
            try
            {
                await DriveAsync(h, crashing, () => h.StartAsync(report, journal: crashing));
            }
            catch (SimulatedCrashException)
            {
            }

            Assert.True(crashing.Crashed, $"no crash at commit {n}");
            var runId = (await h.Journal.ListRunsAsync(CancellationToken.None)).Single().RunId;
            var resumed = await ResumeAsync(h, runId);
            failures.AddRange(Differences(expected, resumed, clean, h, report).Select(d => $"crash {moment} commit {n}: {d}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Run_killed_after_any_venue_call_resumes_to_the_same_trades_and_orders(string scenario)
    {
        var (report, setUp) = Scenario(scenario);
        var clean = new EngineHarness();
        setUp(clean);
        var counting = new CrashingBroker(clean.Broker, int.MaxValue, () => { });
        clean.Venue = counting;
        var expected = await DriveAsync(clean, clean.Journal, () => clean.StartAsync(report));
        Assert.Equal(ExpectedStatuses(scenario), expected.Trades.Select(t => t.Status));

        var failures = new List<string>();
        for (var n = 1; n <= counting.Calls; n++)
        {
            var h = new EngineHarness();
            setUp(h);
            var journal = new CrashingJournal(h.Journal, int.MaxValue);
            var venue = new CrashingBroker(h.Broker, n, journal.Die);
            h.Venue = venue;
            try
            {
                await DriveAsync(h, journal, () => h.StartAsync(report, journal: journal));
            }
            catch (SimulatedCrashException)
            {
            }

            Assert.True(venue.Crashed, $"no crash at venue call {n}");
            h.Venue = null;
            var runId = (await h.Journal.ListRunsAsync(CancellationToken.None)).Single().RunId;
            var resumed = await ResumeAsync(h, runId);
            failures.AddRange(Differences(expected, resumed, clean, h, report).Select(d => $"crash after venue call {n}: {d}"));
            failures.AddRange(DifferentOrders(clean, h).Select(d => $"crash after venue call {n}: {d}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Fills, slippage, a rejection, a partial fill, a sell, a slow fill, an unresolved submit, an unapproved trade.</summary>
    private static (QaReport, Action<EngineHarness>) MixedQueue() => (
        new QaReportBuilder().With(
            new TradeBuilder("T-001", "MSFT"),
            new TradeBuilder("T-002", "NVDA").Size(4_000m).Price(180m),
            new TradeBuilder("T-003", "AMD").Size(3_000m).Price(150m),
            new TradeBuilder("T-004", "XOM").Sell().Size(6_000m).Price(112m).Sector("Energy").Account("ROTH-1"),
            new TradeBuilder("T-005", "JNJ").Size(2_000m).Price(155m).Sector("Healthcare"),
            new TradeBuilder("T-006", "TSLA").Size(1_000m).Price(350m),
            new TradeBuilder("T-007", "META").Size(1_000m).NotApproved()).Build(),
        h =>
        {
            h.Broker.Ticker("MSFT").Slippage(12m);
            h.Broker.Ticker("NVDA").Rejects("insufficient buying power");
            h.Broker.Ticker("AMD").PartialFill(0.85m);
            h.Broker.Ticker("JNJ").FillsAfterLookups(3);
            h.Broker.Ticker("TSLA").SubmitUnresolved();
        });

    /// <summary>A marginal buffer pauses the queue (approved), a breach is then a caveat, and the last order never fills.</summary>
    private static (QaReport, Action<EngineHarness>) PausedQueue() => (
        new QaReportBuilder().With(
            new TradeBuilder("T-001", "AAA").Size(8_000m),
            new TradeBuilder("T-002", "BBB").Size(8_000m),
            new TradeBuilder("T-003", "CCC").Size(1_000m)).Build(),
        h => h.Broker.Ticker("CCC").NeverFills());

    /// <summary>
    /// Two buys and a sell of one position between other trades: each later order lifts the protection the
    /// earlier ones placed in this run and protects every lot again (CONTRACT Resolution 15).
    /// </summary>
    private static (QaReport, Action<EngineHarness>) SameTickerQueue() => (
        new QaReportBuilder().With(
            new TradeBuilder("T-001", "MSFT").Size(4_000m),
            new TradeBuilder("T-002", "AMD").Size(1_500m).Price(150m),
            new TradeBuilder("T-003", "MSFT").Size(2_000m),
            new TradeBuilder("T-004", "MSFT").Sell().Size(1_000m)).Build(),
        _ => { });

    private static TradeStatus[] ExpectedStatuses(string name) => name switch
    {
        nameof(MixedQueue) => [TradeStatus.Executed, TradeStatus.ExecutionFailed, TradeStatus.Executed, TradeStatus.Executed, TradeStatus.Executed, TradeStatus.Executed, TradeStatus.NotApproved],
        nameof(SameTickerQueue) => [TradeStatus.Executed, TradeStatus.Executed, TradeStatus.Executed, TradeStatus.Executed],
        _ => [TradeStatus.Executed, TradeStatus.Executed, TradeStatus.PendingFill],
    };

    private static (QaReport, Action<EngineHarness>) Scenario(string name) => name switch
    {
        nameof(MixedQueue) => MixedQueue(),
        nameof(SameTickerQueue) => SameTickerQueue(),
        _ => PausedQueue(),
    };

    /// <summary>Every order at the venue (entry and protective) with the same id, status and filled quantity as in the clean run.</summary>
    private static IEnumerable<string> DifferentOrders(EngineHarness clean, EngineHarness resumed)
    {
        static string Describe(Domain.Broker.BrokerOrder o) => $"{o.ClientOrderId} {o.Type} {o.Status} {o.Quantity} filled {o.FilledQuantity}";
        var want = clean.Broker.Orders.Select(Describe).Order().ToList();
        var got = resumed.Broker.Orders.Select(Describe).Order().ToList();
        foreach (var missing in want.Except(got))
        {
            yield return $"missing at the venue: {missing}";
        }

        foreach (var extra in got.Except(want))
        {
            yield return $"extra at the venue: {extra}";
        }
    }

    private static async Task<RunSnapshot> DriveAsync(EngineHarness h, IJournal journal, Func<Task<RunSnapshot>> start)
    {
        var run = await start();
        while (run.Header.Status == RunStatus.AwaitingDecision)
        {
            run = await h.DecideAndContinueAsync(run, DecisionKind.Approve, journal);
        }

        return run;
    }

    private static async Task<RunSnapshot> ResumeAsync(EngineHarness h, RunId runId)
    {
        var stored = (await h.LoadAsync(runId))!;
        var undecided = stored.AwaitedEscalation() is { Decision: null };
        return await DriveAsync(h, h.Journal, () => undecided ? h.DecideAndContinueAsync(stored, DecisionKind.Approve) : h.ContinueAsync(runId));
    }

    private static IEnumerable<string> Differences(RunSnapshot expected, RunSnapshot actual, EngineHarness clean, EngineHarness resumed, QaReport report)
    {
        if (expected.Header.Status != actual.Header.Status)
        {
            yield return $"run status {actual.Header.Status}, expected {expected.Header.Status}";
        }

        var expectedTypes = expected.Escalations.Select(e => $"{e.Type}@{e.Step}").Order();
        var actualTypes = actual.Escalations.Select(e => $"{e.Type}@{e.Step}").Order();
        if (!expectedTypes.SequenceEqual(actualTypes))
        {
            yield return $"escalations [{string.Join(", ", actualTypes)}], expected [{string.Join(", ", expectedTypes)}]";
        }

        foreach (var want in expected.Trades)
        {
            var got = actual.Trades.Single(t => t.TradeId == want.TradeId);
            if (got.Status != want.Status || got.ClientOrderId != want.ClientOrderId || !SameFill(want.Fill, got.Fill))
            {
                yield return $"{want.TradeId}: {got.Status} {got.ClientOrderId} {got.Fill}, expected {want.Status} {want.ClientOrderId} {want.Fill}";
            }

            if (want.Trade.IsApproved)
            {
                var ids = Enumerable.Range(1, 3).Select(a => ClientOrderId.ForEntry(report.ReportId, want.TradeId, a)).ToHashSet();
                var orders = resumed.Broker.EntryOrders.Count(o => ids.Contains(o.ClientOrderId));
                var submits = resumed.Broker.Submissions.Count(s => ids.Contains(s.ClientOrderId));
                if (orders != 1 || submits != 1)
                {
                    yield return $"{want.TradeId}: {orders} entry orders and {submits} submits at the broker";
                }
            }
        }

        if (clean.Broker.Orders.Count != resumed.Broker.Orders.Count)
        {
            yield return $"{resumed.Broker.Orders.Count} orders at the broker, expected {clean.Broker.Orders.Count}";
        }
    }

    private static bool SameFill(TradeFill? a, TradeFill? b) =>
        a is null ? b is null : b is not null && a.Price == b.Price && a.Quantity == b.Quantity && a.FilledDollars == b.FilledDollars;
}
