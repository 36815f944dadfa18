using System.Text.Json;
using System.Text.Json.Nodes;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Processes;

namespace PortfolioOrchestrator.Journal.Tests.Compatibility;

/// <summary>
/// State directories written by po before its records were versioned (Fixtures/V1) load, and resume
/// to the outcome a fresh run of the same inputs reaches: the same execution report, the same
/// records, the same orders at the paper venue — but for the protection version 1 had already placed,
/// which is kept as it is and protects the same shares at the same prices (<see cref="Version1Protection"/>).
/// Every later version must keep passing these.
/// </summary>
public sealed class VersionOneStateDirectoryTests
{
    private const string PausedRun = "R-QA-2026-11-24-101-1";
    private const string SampleRun = "R-QA-2026-11-24-001-1";
    private const string StartedAt = "2026-11-24T13:40:00-05:00";
    private const string AfterFirstDecision = "2026-11-24T13:45:00-05:00";
    private const string AfterSecondDecision = "2026-11-24T13:50:00-05:00";
    private static readonly DateTimeOffset SecondDecisionAt = new(2026, 11, 24, 13, 48, 0, TimeSpan.FromHours(-5));

    private readonly CancellationToken _ct = CancellationToken.None;

    public static TheoryData<string> Fixtures => ["paused-on-open-escalation", "crashed-after-protection", "crashed-after-submit-intent", "crashed-after-venue-accepted"];

    public static TheoryData<string> Crashes => ["crashed-after-protection", "crashed-after-submit-intent", "crashed-after-venue-accepted"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_version_1_state_directory_loads_whole(string fixture)
    {
        using var copy = FixtureCopy.Of(fixture);
        using var journal = SqliteJournal.Open(copy.State);

        var header = Assert.Single(await journal.ListRunsAsync(_ct));
        var run = (await journal.LoadRunAsync(header.RunId, _ct))!;

        Assert.Equal(5, run.Trades.Count);
        Assert.Equal([0, 1, 2, 3, 4], run.Trades.Select(t => t.Sequence));
        Assert.NotEmpty(await journal.ReadEventsAsync(header.RunId, _ct));
        Assert.Equal(1, await journal.CountRunsForReportAsync(header.ReportId, _ct));
        foreach (var trade in run.Trades)
        {
            var (runId, stored) = Assert.Single(await journal.FindTradeHistoryAsync(header.ReportId, trade.TradeId, _ct));
            Assert.Equal(header.RunId, runId);
            Assert.Equal(trade.Status, stored.Status);
        }

        foreach (var escalation in run.Escalations)
        {
            Assert.Equal(header.RunId, await journal.FindRunOfEscalationAsync(escalation.Id, _ct));
        }
    }

    [Fact]
    public async Task The_paused_version_1_run_reads_as_paused_on_its_open_escalation()
    {
        var run = await LoadAsync("paused-on-open-escalation", PausedRun);

        Assert.Equal(RunStatus.AwaitingDecision, run.Header.Status);
        Assert.Equal(RunPhase.Executing, run.Header.Phase);
        Assert.Equal(EscalationId.Create(PausedRun + "-E3"), run.Header.AwaitingEscalation);
        Assert.Equal(
            [(EscalationType.StalePortfolio, EscalationStatus.Approved), (EscalationType.BufferWouldBreach, EscalationStatus.Noted), (EscalationType.BufferWouldBreach, EscalationStatus.Open)],
            run.Escalations.Select(e => (e.Type, e.Status)));
        Assert.Equal(new[] { "STEP 1", "STEP 2B", "STEP 3C" }, run.Escalations.Select(e => e.Step.Text()));
        var decision = run.Escalations[0].Decision!;
        Assert.Equal((DecisionKind.Approve, "Master-Architect", "proceed after refresh"), (decision.Kind, decision.By, decision.Note));
        Assert.Equal(
            [TradeStatus.Executed, TradeStatus.Executed, TradeStatus.Executed, TradeStatus.Queued, TradeStatus.NotApproved],
            run.Trades.Select(t => t.Status));
        Assert.Equal([TradeId.Create("T-105")], run.Escalations[2].TradeIds);
        Assert.Equal(Money.FromDollars(32_000m), run.Header.RunningCash);
    }

    [Fact]
    public async Task An_executed_version_1_trade_reads_with_its_fill_and_protection()
    {
        var run = await LoadAsync("crashed-after-protection", SampleRun);
        var msft = run.Trades.Single(t => t.TradeId == TradeId.Create("T-001"));

        Assert.Equal(TradeStatus.Executed, msft.Status);
        Assert.Equal(new TradeFill(Money.FromDollars(410.4920m), 12.180505m, Money.FromDollars(5000.00m), new DateTimeOffset(2026, 11, 24, 18, 40, 0, TimeSpan.Zero)), msft.Fill);
        Assert.True(msft.ProtectionPlaced);
        Assert.Equal(ClientOrderId.Create("po-49c152f3d6e871df-a1-sl"), msft.StopLossOrder!.ClientOrderId);
        Assert.Equal((Domain.Broker.OrderType.Stop, 12.180505m, Money.FromDollars(380m)), (msft.StopLossOrder.Type, msft.StopLossOrder.Quantity, msft.StopLossOrder.StopPrice!.Value));
        Assert.Equal([6.090252m, 6.090253m], msft.ProfitTargetOrders.Select(o => o.Quantity));
        Assert.Equal([Money.FromDollars(450m), Money.FromDollars(480m)], msft.ProfitTargetOrders.Select(o => o.LimitPrice!.Value));
        Assert.All(msft.ProfitTargetOrders, o => Assert.Equal("po-49c152f3d6e871df-a1-oco", o.LinkGroup));
        Assert.Equal(RunStatus.Running, run.Header.Status);
    }

    [Theory]
    [InlineData("crashed-after-submit-intent")]
    [InlineData("crashed-after-venue-accepted")]
    public async Task A_version_1_trade_left_submitting_reads_with_its_order_id(string fixture)
    {
        var run = await LoadAsync(fixture, SampleRun);
        var amd = run.Trades.Single(t => t.TradeId == TradeId.Create("T-002"));

        Assert.Equal(TradeStatus.Submitting, amd.Status);
        Assert.Equal(ClientOrderId.Create("po-cd96db10e5a67e82-a1"), amd.ClientOrderId);
        Assert.Equal(1, amd.Attempt);
        Assert.Null(amd.Fill);
    }

    [Theory]
    [MemberData(nameof(Crashes))]
    public async Task A_crashed_version_1_run_resumes_to_the_outcome_of_a_fresh_run(string fixture)
    {
        using var resumed = FixtureCopy.Of(fixture);
        using var fresh = FixtureCopy.InputsOf(fixture);
        var protectedByVersion1 = Version1Protection.ProtectedEntries(await LoadFromAsync(resumed, SampleRun));

        var outcome = resumed.Po(SecondDecisionAt, "resume", SampleRun, "--now", StartedAt, "--json");
        var expected = fresh.Po(SecondDecisionAt, "run", "--portfolio", "PORTFOLIO.md", "--qa", "qa-report.json", "--broker", "paper:paper-script.json", "--now", StartedAt, "--json");

        Assert.Equal(0, expected.ExitCode);
        await AssertSameOutcomeAsync(expected, fresh, outcome, resumed, SampleRun, protectedByVersion1);
    }

    [Fact]
    public async Task A_submit_the_venue_took_is_settled_by_lookup_and_never_sent_again()
    {
        using var resumed = FixtureCopy.Of("crashed-after-venue-accepted");

        Assert.Equal(0, resumed.Po(SecondDecisionAt, "resume", SampleRun, "--now", StartedAt).ExitCode);

        var kinds = await EventKindsAsync(resumed);
        Assert.Contains("order.settled", kinds);
        Assert.DoesNotContain("order.resubmit", kinds);
    }

    [Fact]
    public async Task A_submit_that_never_reached_the_venue_is_sent_once_on_resume()
    {
        using var resumed = FixtureCopy.Of("crashed-after-submit-intent");

        Assert.Equal(0, resumed.Po(SecondDecisionAt, "resume", SampleRun, "--now", StartedAt).ExitCode);

        Assert.Single(await EventKindsAsync(resumed), "order.resubmit");
    }

    [Fact]
    public async Task The_paused_version_1_run_resumes_after_its_decision_to_the_outcome_of_a_fresh_run()
    {
        const string fixture = "paused-on-open-escalation";
        var firstDecisionAt = (await LoadAsync(fixture, PausedRun)).Escalations[0].Decision!.At;
        using var resumed = FixtureCopy.Of(fixture);
        using var fresh = FixtureCopy.InputsOf(fixture);
        var protectedByVersion1 = Version1Protection.ProtectedEntries(await LoadFromAsync(resumed, PausedRun));

        Assert.Equal(0, resumed.Po(SecondDecisionAt, "decide", PausedRun + "-E3", "approve", "--by", "Master-Architect", "--note", "continue").ExitCode);
        var outcome = resumed.Po(SecondDecisionAt, "resume", PausedRun, "--now", AfterSecondDecision, "--json");

        Assert.Equal(4, fresh.Po(firstDecisionAt, "run", "--portfolio", "PORTFOLIO.md", "--qa", "qa-report.json", "--broker", "paper:paper-script.json", "--now", StartedAt).ExitCode);
        Assert.Equal(0, fresh.Po(firstDecisionAt, "decide", PausedRun + "-E1", "approve", "--by", "Master-Architect", "--note", "proceed after refresh").ExitCode);
        Assert.Equal(4, fresh.Po(firstDecisionAt, "resume", PausedRun, "--now", AfterFirstDecision).ExitCode);
        Assert.Equal(0, fresh.Po(SecondDecisionAt, "decide", PausedRun + "-E3", "approve", "--by", "Master-Architect", "--note", "continue").ExitCode);
        var expected = fresh.Po(SecondDecisionAt, "resume", PausedRun, "--now", AfterSecondDecision, "--json");

        Assert.Equal(3, expected.ExitCode);
        await AssertSameOutcomeAsync(expected, fresh, outcome, resumed, PausedRun, protectedByVersion1);
    }

    private static async Task AssertSameOutcomeAsync(PoResult expected, FixtureCopy fresh, PoResult outcome, FixtureCopy resumed, string runId, IReadOnlyList<string> protectedByVersion1)
    {
        Assert.True(expected.ExitCode == outcome.ExitCode, $"fresh: {expected}\nresumed: {outcome}");

        // Version 1's protection is kept (one stop for the whole fill), never placed again in slices.
        foreach (var entry in protectedByVersion1)
        {
            Assert.Equal([entry + "-sl"], Version1Protection.StopIds(outcome.Out, entry));
        }

        // The execution report as JSON: statuses, fills, protection, escalations and every figure.
        Assert.Equal(
            Version1Protection.ReportByWhatIsProtected(WithoutMarketPrices(expected.Out), protectedByVersion1),
            Version1Protection.ReportByWhatIsProtected(WithoutMarketPrices(outcome.Out), protectedByVersion1));
        Assert.Equal(
            Version1Protection.OrdersByWhatIsProtected(fresh.Po(SecondDecisionAt, "paper", "orders", "--json").Out, protectedByVersion1),
            Version1Protection.OrdersByWhatIsProtected(resumed.Po(SecondDecisionAt, "paper", "orders", "--json").Out, protectedByVersion1));
        var freshRun = (await LoadFromAsync(fresh, runId))!;
        AssertSameVenueBooks(freshRun, fresh.Po(SecondDecisionAt, "paper", "account", "--json"), resumed.Po(SecondDecisionAt, "paper", "account", "--json"));
        Assert.Equal(
            Stored.Text(Version1Protection.WithoutProtectiveOrdersOf(WithoutWhatVersion1DidNotRecord(freshRun), protectedByVersion1)),
            Stored.Text(Version1Protection.WithoutProtectiveOrdersOf(WithoutWhatVersion1DidNotRecord((await LoadFromAsync(resumed, runId))!), protectedByVersion1)));
    }

    /// <summary>
    /// CONTRACT §6: version 1 opened the venue with cash only, and it is never re-seeded; a fresh venue opens with
    /// PORTFOLIO.md's positions. The same cash, and per holding the fresh venue's shares less those it opened with.
    /// </summary>
    private static void AssertSameVenueBooks(RunSnapshot freshRun, PoResult fresh, PoResult resumed)
    {
        using var freshAccount = JsonDocument.Parse(fresh.Out);
        using var resumedAccount = JsonDocument.Parse(resumed.Out);
        Assert.True(freshAccount.RootElement.GetProperty("opened_with_positions").GetBoolean());
        Assert.False(resumedAccount.RootElement.GetProperty("opened_with_positions").GetBoolean());
        Assert.Contains("earlier version", resumedAccount.RootElement.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(freshAccount.RootElement.GetProperty("cash").GetDecimal(), resumedAccount.RootElement.GetProperty("cash").GetDecimal());
        var opening = freshRun.Inputs.Portfolio.Positions.ToDictionary(p => (p.Account.Value, p.Ticker.Value), p => p.Quantity);
        var freshHoldings = Holdings(freshAccount);
        var resumedHoldings = Holdings(resumedAccount);
        foreach (var key in freshHoldings.Keys.Union(resumedHoldings.Keys))
        {
            Assert.Equal(freshHoldings.GetValueOrDefault(key) - opening.GetValueOrDefault(key), resumedHoldings.GetValueOrDefault(key));
        }
    }

    private static Dictionary<(string, string), decimal> Holdings(JsonDocument account) =>
        account.RootElement.GetProperty("positions").EnumerateArray()
            .ToDictionary(p => (p.GetProperty("account").GetString()!, p.GetProperty("symbol").GetString()!), p => p.GetProperty("qty").GetDecimal());

    /// <summary>
    /// A version-1 run's inputs hold no PORTFOLIO.md path, <c>--refresh</c> mode or refreshed portfolio, and its
    /// trades no market price at submission (record version 2): a fresh run's are the same but for these. A
    /// resumed version-1 run has that price only for the trades it sends after the resume.
    /// </summary>
    private static RunSnapshot WithoutWhatVersion1DidNotRecord(RunSnapshot run) => run with
    {
        Inputs = run.Inputs with { PortfolioPath = null, RefreshMode = null, Refreshed = null },
        Trades = [.. run.Trades.Select(t => t with { MarketPriceAtSubmission = null, MarketSlippageBps = null })],
    };

    /// <summary>A report's JSON without the market prices at submission (CONTRACT Resolution 22), which version 1 did not record.</summary>
    private static string WithoutMarketPrices(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject root)
        {
            return json;
        }

        foreach (var trade in (root["trades"] as JsonArray ?? []).OfType<JsonObject>())
        {
            trade.Remove("market_price_at_submission");
            trade.Remove("market_slippage_bps");
        }

        return root.ToJsonString();
    }

    private static async Task<RunSnapshot> LoadAsync(string fixture, string runId)
    {
        using var copy = FixtureCopy.Of(fixture);
        return await LoadFromAsync(copy, runId);
    }

    private static async Task<RunSnapshot> LoadFromAsync(FixtureCopy copy, string runId)
    {
        using var journal = SqliteJournal.Open(copy.State);
        return (await journal.LoadRunAsync(RunId.Create(runId), CancellationToken.None))!;
    }

    private static async Task<List<string>> EventKindsAsync(FixtureCopy copy)
    {
        using var journal = SqliteJournal.Open(copy.State);
        return [.. (await journal.ReadEventsAsync(RunId.Create(SampleRun), CancellationToken.None)).Select(e => e.Kind)];
    }
}
