using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Testing.Builders;
using Xunit;

namespace PortfolioOrchestrator.Testing.Contracts;

/// <summary>
/// The promises every <see cref="IJournal"/> keeps (the port's documentation, CONTRACT Resolution 11):
/// atomic commits, upserts by trade and escalation id, ordering, history across runs, events. A
/// journal's test class derives from this and opens a fresh, empty journal.
/// </summary>
public abstract partial class JournalContract : IAsyncLifetime
{
    private const string Report = "QA-2026-11-24-001";

    private readonly CancellationToken _ct = CancellationToken.None;
    private IJournal? _journal;

    protected IJournal Journal => _journal ?? throw new InvalidOperationException("The journal is opened in InitializeAsync.");

    /// <summary>Opens a fresh journal with no runs.</summary>
    protected abstract IJournal Open();

    public Task InitializeAsync()
    {
        _journal = Open();
        return Task.CompletedTask;
    }

    public virtual Task DisposeAsync()
    {
        (_journal as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_created_run_loads_with_its_header_inputs_trades_and_escalations()
    {
        var run = Run("r1", RunBuilder.Executed("T-001"), RunBuilder.WithStatus("T-002", TradeStatus.Queued, 1));
        await Journal.CreateRunAsync(run, _ct);

        var loaded = await Journal.LoadRunAsync(run.Header.RunId, _ct);

        Assert.NotNull(loaded);
        Assert.Equal(run.Header.RunId, loaded.Header.RunId);
        Assert.Equal(run.Header.ReportId, loaded.Header.ReportId);
        Assert.Equal(run.Header.Status, loaded.Header.Status);
        Assert.Equal(run.Header.StartedAt, loaded.Header.StartedAt);
        Assert.Equal(run.Header.RunningCash, loaded.Header.RunningCash);
        Assert.Equal(run.Inputs.BrokerSpec, loaded.Inputs.BrokerSpec);
        Assert.Equal(run.Inputs.Portfolio.TotalCash, loaded.Inputs.Portfolio.TotalCash);
        Assert.Equal(["T-001", "T-002"], loaded.Trades.Select(t => t.TradeId.Value));
        Assert.Equal(run.Trades[0].Fill, loaded.Trades[0].Fill);
        Assert.Equal(run.Trades[0].ClientOrderId, loaded.Trades[0].ClientOrderId);
        Assert.Equal(["r1-E1"], loaded.Escalations.Select(e => e.Id.Value));
    }

    [Fact]
    public async Task A_commit_carrying_new_inputs_replaces_the_runs_inputs_and_one_without_keeps_them()
    {
        // CONTRACT Resolution 24: the portfolio a STEP 2C refresh delivered is journaled as an input of the run.
        var run = Run("r1", RunBuilder.WithStatus("T-001", TradeStatus.Queued));
        await Journal.CreateRunAsync(run, _ct);
        var fresh = new PortfolioBuilder().Cash(40_000m).LastUpdated(run.Inputs.Portfolio.LastUpdated.AddHours(3)).Build();
        var refreshed = run.Inputs with { Refreshed = new RefreshedPortfolio(fresh, RefreshSource.Command, "# PORTFOLIO\n") };

        await Journal.CommitAsync(Batch(run.Header) with { Inputs = refreshed }, _ct);
        await Journal.CommitAsync(Batch(run.Header), _ct);

        var loaded = await Journal.LoadRunAsync(run.Header.RunId, _ct);
        Assert.Equal(Money.FromDollars(40_000m), loaded!.Inputs.ExecutedOn.TotalCash);
        Assert.Equal(RefreshSource.Command, loaded.Inputs.Refreshed!.Source);
        Assert.Equal(run.Inputs.Portfolio.TotalCash, loaded.Inputs.Portfolio.TotalCash);
    }

    [Fact]
    public async Task Load_of_an_unknown_run_is_null()
    {
        Assert.Null(await Journal.LoadRunAsync(RunId.Create("no-such-run"), _ct));
    }

    [Fact]
    public async Task Creating_a_run_whose_id_exists_fails_and_keeps_the_first()
    {
        var first = Run("r1", RunBuilder.Executed("T-001"));
        await Journal.CreateRunAsync(first, _ct);

        var clash = Run("r1", RunBuilder.WithStatus("T-009", TradeStatus.Queued));
        await Assert.ThrowsAnyAsync<Exception>(() => Journal.CreateRunAsync(clash, _ct));

        var loaded = await Journal.LoadRunAsync(first.Header.RunId, _ct);
        Assert.Equal(["T-001"], loaded!.Trades.Select(t => t.TradeId.Value));
        Assert.Single(await Journal.ListRunsAsync(_ct));
    }

    [Fact]
    public async Task A_commit_replaces_the_header_and_upserts_trades_by_trade_id_and_escalations_by_id()
    {
        var run = Run("r1", RunBuilder.WithStatus("T-001", TradeStatus.Queued), RunBuilder.WithStatus("T-002", TradeStatus.Queued, 1));
        await Journal.CreateRunAsync(run, _ct);
        var decided = run.Escalations[0] with { Status = EscalationStatus.Approved, Decision = new Decision(DecisionKind.Approve, "Master-Architect", "proceed", RunBuilder.Start) };
        var added = RunBuilder.Escalation("r1-E2", EscalationType.ExecutionFailed, EscalationStatus.Open, false, "T-003");

        await Journal.CommitAsync(
            Batch(run.Header with { Status = RunStatus.Halted }, [RunBuilder.Executed("T-001"), RunBuilder.WithStatus("T-003", TradeStatus.Queued, 2)], [decided, added]),
            _ct);

        var loaded = await Journal.LoadRunAsync(run.Header.RunId, _ct);
        Assert.Equal(RunStatus.Halted, loaded!.Header.Status);
        Assert.Equal([("T-001", TradeStatus.Executed), ("T-002", TradeStatus.Queued), ("T-003", TradeStatus.Queued)], loaded.Trades.Select(t => (t.TradeId.Value, t.Status)));
        Assert.Equal([("r1-E1", EscalationStatus.Approved), ("r1-E2", EscalationStatus.Open)], loaded.Escalations.Select(e => (e.Id.Value, e.Status)));
        Assert.Equal("Master-Architect", loaded.Escalations[0].Decision?.By);
    }

    [Fact]
    public async Task Trades_load_in_queue_order_whatever_the_order_they_were_written_in()
    {
        var run = Run("r1");
        await Journal.CreateRunAsync(run, _ct);

        await Journal.CommitAsync(Batch(run.Header, [RunBuilder.WithStatus("T-003", TradeStatus.Queued, 2)]), _ct);
        await Journal.CommitAsync(Batch(run.Header, [RunBuilder.WithStatus("T-001", TradeStatus.Queued, 0), RunBuilder.WithStatus("T-002", TradeStatus.Queued, 1)]), _ct);

        var loaded = await Journal.LoadRunAsync(run.Header.RunId, _ct);
        Assert.Equal(["T-001", "T-002", "T-003"], loaded!.Trades.Select(t => t.TradeId.Value));
    }

    [Fact]
    public async Task Runs_are_listed_oldest_first()
    {
        foreach (var id in new[] { "r2", "r10", "r1" })
        {
            await Journal.CreateRunAsync(Run(id), _ct);
        }

        Assert.Equal(["r2", "r10", "r1"], (await Journal.ListRunsAsync(_ct)).Select(h => h.RunId.Value));
    }

    [Fact]
    public async Task Runs_are_counted_per_report()
    {
        await Journal.CreateRunAsync(Run("r1"), _ct);
        await Journal.CreateRunAsync(Run("r2"), _ct);
        await Journal.CreateRunAsync(RunOf("QA-OTHER", "other-1"), _ct);

        Assert.Equal(2, await Journal.CountRunsForReportAsync(Report, _ct));
        Assert.Equal(1, await Journal.CountRunsForReportAsync("QA-OTHER", _ct));
        Assert.Equal(0, await Journal.CountRunsForReportAsync("QA-NONE", _ct));
    }

    [Fact]
    public async Task A_trade_history_spans_runs_of_its_report_oldest_run_first()
    {
        var older = Run("r1");
        await Journal.CreateRunAsync(older, _ct);
        await Journal.CreateRunAsync(Run("r2", RunBuilder.WithStatus("T-001", TradeStatus.AlreadyExecuted)), _ct);
        await Journal.CreateRunAsync(RunOf("QA-OTHER", "other-1", RunBuilder.Executed("T-001")), _ct);

        // The older run records the trade only after the newer one did.
        await Journal.CommitAsync(Batch(older.Header, [RunBuilder.Executed("T-001")]), _ct);

        var history = await Journal.FindTradeHistoryAsync(Report, TradeId.Create("T-001"), _ct);
        Assert.Equal([("r1", TradeStatus.Executed), ("r2", TradeStatus.AlreadyExecuted)], history.Select(h => (h.RunId.Value, h.Trade.Status)));
        Assert.Empty(await Journal.FindTradeHistoryAsync(Report, TradeId.Create("T-404"), _ct));
    }

    [Fact]
    public async Task A_trade_history_holds_each_run_once_with_its_latest_state()
    {
        var run = Run("r1", RunBuilder.WithStatus("T-001", TradeStatus.Queued));
        await Journal.CreateRunAsync(run, _ct);
        await Journal.CommitAsync(Batch(run.Header, [RunBuilder.WithStatus("T-001", TradeStatus.Submitting)]), _ct);
        await Journal.CommitAsync(Batch(run.Header, [RunBuilder.Executed("T-001")]), _ct);

        var history = await Journal.FindTradeHistoryAsync(Report, TradeId.Create("T-001"), _ct);

        Assert.Equal([("r1", TradeStatus.Executed)], history.Select(h => (h.RunId.Value, h.Trade.Status)));
    }

    [Fact]
    public async Task An_escalation_is_found_in_its_run_and_an_unknown_one_in_none()
    {
        await Journal.CreateRunAsync(Run("r1"), _ct);
        await Journal.CreateRunAsync(Run("r2"), _ct);

        Assert.Equal(RunId.Create("r2"), await Journal.FindRunOfEscalationAsync(EscalationId.Create("r2-E1"), _ct));
        Assert.Null(await Journal.FindRunOfEscalationAsync(EscalationId.Create("r9-E1"), _ct));
    }

    [Fact]
    public async Task Events_are_appended_in_commit_order_and_kept_per_run()
    {
        var first = Run("r1");
        var second = Run("r2");
        await Journal.CreateRunAsync(first, _ct);
        await Journal.CreateRunAsync(second, _ct);

        await Journal.CommitAsync(Batch(first.Header, events: [Event(first, "order.intent"), Event(first, "order.submitted")]), _ct);
        await Journal.CommitAsync(Batch(second.Header, events: [Event(second, "run.paused")]), _ct);
        await Journal.CommitAsync(Batch(first.Header, events: [Event(first, "order.filled")]), _ct);

        Assert.Equal(["order.intent", "order.submitted", "order.filled"], (await Journal.ReadEventsAsync(first.Header.RunId, _ct)).Select(e => e.Kind));
        Assert.Equal(["run.paused"], (await Journal.ReadEventsAsync(second.Header.RunId, _ct)).Select(e => e.Kind));
        Assert.Empty(await Journal.ReadEventsAsync(RunId.Create("no-such-run"), _ct));
    }

    [Fact]
    public async Task A_commit_to_a_run_that_was_never_created_fails_and_records_nothing()
    {
        var ghost = Run("ghost");

        await Assert.ThrowsAnyAsync<Exception>(() => Journal.CommitAsync(Batch(ghost.Header, [RunBuilder.Executed("T-001")], events: [Event(ghost, "order.intent")]), _ct));

        Assert.Null(await Journal.LoadRunAsync(ghost.Header.RunId, _ct));
        Assert.Empty(await Journal.ListRunsAsync(_ct));
        Assert.Empty(await Journal.FindTradeHistoryAsync(Report, TradeId.Create("T-001"), _ct));
        Assert.Empty(await Journal.ReadEventsAsync(ghost.Header.RunId, _ct));
    }

    [Fact]
    public async Task A_batch_naming_another_runs_escalation_fails_and_leaves_nothing_of_itself()
    {
        var first = Run("r1");
        var second = Run("r2", RunBuilder.WithStatus("T-001", TradeStatus.Queued));
        await Journal.CreateRunAsync(first, _ct);
        await Journal.CreateRunAsync(second, _ct);

        var batch = Batch(
            second.Header with { Status = RunStatus.Halted },
            [RunBuilder.Executed("T-001"), RunBuilder.WithStatus("T-002", TradeStatus.Queued, 1)],
            [RunBuilder.Escalation("r2-E9", EscalationType.NoFill), first.Escalations[0]],
            [Event(second, "order.filled")]);
        await Assert.ThrowsAnyAsync<Exception>(() => Journal.CommitAsync(batch, _ct));

        var after = await Journal.LoadRunAsync(second.Header.RunId, _ct);
        Assert.Equal(second.Header.Status, after!.Header.Status);
        Assert.Equal([("T-001", TradeStatus.Queued)], after.Trades.Select(t => (t.TradeId.Value, t.Status)));
        Assert.Equal(["r2-E1"], after.Escalations.Select(e => e.Id.Value));
        Assert.Empty(await Journal.ReadEventsAsync(second.Header.RunId, _ct));
        Assert.Null(await Journal.FindRunOfEscalationAsync(EscalationId.Create("r2-E9"), _ct));
        Assert.Equal(RunId.Create("r1"), await Journal.FindRunOfEscalationAsync(first.Escalations[0].Id, _ct));
        Assert.Empty(await Journal.FindTradeHistoryAsync(Report, TradeId.Create("T-002"), _ct));
    }

    [Fact]
    public async Task Creating_a_run_with_another_runs_escalation_fails_and_creates_nothing()
    {
        var first = Run("r1");
        await Journal.CreateRunAsync(first, _ct);

        var clash = Run("r2", RunBuilder.Executed("T-001")) with { Escalations = first.Escalations };
        await Assert.ThrowsAnyAsync<Exception>(() => Journal.CreateRunAsync(clash, _ct));

        Assert.Null(await Journal.LoadRunAsync(clash.Header.RunId, _ct));
        Assert.Equal(1, await Journal.CountRunsForReportAsync(Report, _ct));
        Assert.Empty(await Journal.FindTradeHistoryAsync(Report, TradeId.Create("T-001"), _ct));
        Assert.Equal(RunId.Create("r1"), await Journal.FindRunOfEscalationAsync(first.Escalations[0].Id, _ct));
    }

    [Fact]
    public async Task The_journal_goes_on_working_after_a_failed_commit()
    {
        var run = Run("r1");
        await Journal.CreateRunAsync(run, _ct);
        await Assert.ThrowsAnyAsync<Exception>(() => Journal.CommitAsync(Batch(Run("ghost").Header), _ct));

        await Journal.CommitAsync(Batch(run.Header with { Status = RunStatus.Completed }, events: [Event(run, "run.completed")]), _ct);

        Assert.Equal(RunStatus.Completed, (await Journal.LoadRunAsync(run.Header.RunId, _ct))!.Header.Status);
        Assert.Single(await Journal.ReadEventsAsync(run.Header.RunId, _ct));
    }

    /// <summary>A run of <paramref name="report"/> with one open escalation <c>{id}-E1</c> and the trades given.</summary>
    private static RunSnapshot RunOf(string report, string id, params TradeExecution[] trades)
    {
        var builder = new RunBuilder()
            .Header(h => h with { RunId = RunId.Create(id), ReportId = report, Status = RunStatus.AwaitingDecision })
            .Escalate(RunBuilder.Escalation(id + "-E1", EscalationType.BufferBreached, EscalationStatus.Open, true, "T-001"));
        foreach (var trade in trades)
        {
            builder.Trade(trade);
        }

        return builder.Build();
    }

    private static RunSnapshot Run(string id, params TradeExecution[] trades) => RunOf(Report, id, trades);

    private static JournalBatch Batch(RunHeader header, IReadOnlyList<TradeExecution>? trades = null, IReadOnlyList<Escalation>? escalations = null, IReadOnlyList<JournalEvent>? events = null) =>
        new(header, trades ?? [], escalations ?? [], events ?? []);

    private static JournalEvent Event(RunSnapshot run, string kind) => new(run.Header.RunId, RunBuilder.Start, kind, kind + " of " + run.Header.RunId);
}
