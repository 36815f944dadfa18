using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step1;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// The working state of one run inside the engine. The header changes only through the operations
/// below, each named after what happens and refusing what cannot (a programmer error: they throw);
/// a trade's status only along <see cref="TradeTransitions"/>. Changes are collected; <see cref="Stage"/>
/// marks a consistent step (nothing is written), and <see cref="CommitAsync"/> writes every step since the
/// last commit to the journal in one atomic, durable commit — the one a broker call that changes anything
/// at the venue must follow (see docs/journal.md, <i>One durable commit per trade</i>).
/// </summary>
public sealed class RunSession
{
    private readonly IJournal _journal;
    private readonly TimeProvider _clock;
    private readonly TradeExecution[] _trades;
    private readonly List<Escalation> _escalations;
    private readonly HashSet<int> _dirtyTrades = [];
    private readonly HashSet<EscalationId> _dirtyEscalations = [];
    private readonly List<JournalEvent> _events = [];
    private readonly Dictionary<(AccountId Account, Ticker Ticker), PositionLots> _positions = [];
    private readonly StagedChanges _staged = new();
    private (PortfolioSnapshot Portfolio, Dictionary<(AccountId, Ticker), decimal> Shares)? _held;
    private bool _inputsChanged;

    public RunSession(RunSnapshot snapshot, IJournal journal, TimeProvider clock)
    {
        Header = snapshot.Header;
        Inputs = snapshot.Inputs;
        _trades = [.. snapshot.Trades.OrderBy(t => t.Sequence)];
        _escalations = [.. snapshot.Escalations];
        _journal = journal;
        _clock = clock;
    }

    public RunHeader Header { get; private set; }

    /// <summary>What the run was given; only a completed refresh adds to it (<see cref="RefreshCompleted"/>).</summary>
    public RunInputs Inputs { get; private set; }

    public IReadOnlyList<TradeExecution> Trades => _trades;

    public IReadOnlyList<Escalation> Escalations => _escalations;

    /// <summary>What the decided escalations allow, derived afresh from them.</summary>
    public RunApprovals Approvals => RunApprovals.From(_escalations, Header.AwaitingEscalation);

    public RunId RunId => Header.RunId;

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Replaces a trade; its status may only have moved along <see cref="TradeTransitions"/>.</summary>
    /// <exception cref="InvalidOperationException">Another trade's slot, or a move the table does not list.</exception>
    public void Update(TradeExecution trade)
    {
        var stored = _trades[trade.Sequence];
        if (stored.TradeId != trade.TradeId)
        {
            throw new InvalidOperationException($"Queue position {trade.Sequence} holds {stored.TradeId}, not {trade.TradeId}.");
        }

        if (stored.Status != trade.Status && !TradeTransitions.Allows(stored.Status, trade.Status))
        {
            throw new InvalidOperationException($"Trade {trade.TradeId} cannot move from {stored.Status} to {trade.Status}.");
        }

        _trades[trade.Sequence] = trade;
        _dirtyTrades.Add(trade.Sequence);
    }

    /// <summary>Records the Master-Architect's decision on one of the run's escalations.</summary>
    public Escalation Decide(EscalationId id, Decision decision)
    {
        var index = _escalations.FindIndex(e => e.Id == id);
        if (index < 0)
        {
            throw new InvalidOperationException($"Escalation {id} is not part of run {RunId}.");
        }

        var decided = _escalations[index].Decide(decision);
        _escalations[index] = decided;
        _dirtyEscalations.Add(id);
        return decided;
    }

    public Escalation Raise(EscalationType type, EscalationStep step, string trigger, IReadOnlyList<TradeId> tradeIds, string action, bool blocking, EscalationStatus status = EscalationStatus.Open)
    {
        var number = Header.EscalationCount + 1;
        var escalation = new Escalation
        {
            Id = EscalationId.Create($"{RunId}-E{number}"),
            Type = type,
            Step = step,
            Trigger = trigger,
            TradeIds = tradeIds,
            Action = action,
            Status = status,
            Blocking = blocking,
            RaisedAt = Now,
        };
        Header = Header with { EscalationCount = number };
        _escalations.Add(escalation);
        _dirtyEscalations.Add(escalation.Id);
        Record("escalation.raised", $"{escalation.Id} {type}: {trigger}");
        return escalation;
    }

    /// <summary>Pauses the running run until <paramref name="escalation"/>, a blocking one, is decided.</summary>
    public void Pause(Escalation escalation)
    {
        Require(escalation.Blocking, $"Escalation {escalation.Id} does not block; it cannot pause run {RunId}.");
        Require(Header.Status == RunStatus.Running, $"Run {RunId} is {Header.Status}; only a running run pauses.");
        Header = Header with { Status = RunStatus.AwaitingDecision, AwaitingEscalation = escalation.Id };
        Record("run.paused", $"awaiting a decision on {escalation.Id}");
    }

    /// <summary>Lets the run go on once the escalation it waits for is decided.</summary>
    public void Resume(Escalation decided)
    {
        Require(Header.AwaitingEscalation == decided.Id && decided.Decision is not null, $"Run {RunId} does not wait for a decided {decided.Id}.");
        Header = Header with { Status = RunStatus.Running, AwaitingEscalation = null };
    }

    /// <summary>Stops the running run at a safe point on request; <c>po resume</c> continues it (CONTRACT Resolution 19).</summary>
    public void Interrupt()
    {
        Require(Header.Status == RunStatus.Running, $"Run {RunId} is {Header.Status}; only a running run is interrupted.");
        Header = Header with { Status = RunStatus.Interrupted };
        Record("run.interrupted", $"stopped on request in {Header.Phase} at queue position {Header.NextQueueIndex}");
    }

    /// <summary>An interrupted run runs again where it stopped.</summary>
    public void ContinueAfterInterruption()
    {
        Require(Header.Status == RunStatus.Interrupted, $"Run {RunId} is {Header.Status}, not interrupted.");
        Header = Header with { Status = RunStatus.Running };
        Record("run.continued", $"continuing in {Header.Phase} at queue position {Header.NextQueueIndex}");
    }

    /// <summary>Moves to <paramref name="next"/> along <see cref="RunPhaseTransitions"/>; staying is no move. <see cref="RunPhase.Done"/> is <see cref="Complete"/>'s.</summary>
    public void EnterPhase(RunPhase next)
    {
        if (next == Header.Phase)
        {
            return;
        }

        Require(next != RunPhase.Done && RunPhaseTransitions.Allows(Header.Phase, next), $"Run {RunId} cannot move from {Header.Phase} to {next}.");
        Header = Header with { Phase = next };
    }

    /// <summary>STEP 1: how old PORTFOLIO.md was when the run started.</summary>
    public void RecordFreshness(Freshness freshness) =>
        Header = Header with { TradingDaysElapsed = freshness.TradingDaysElapsed, PortfolioAge = freshness.Age };

    /// <summary>STEP 2A and 2B's figures.</summary>
    public void RecordPreExecution(PreExecutionSummary summary) => Header = Header with { PreExecution = summary };

    /// <summary>STEP 2C's reading of the portfolio's age, before any refresh.</summary>
    public void RecordPortfolioState(PortfolioState state) => Header = Header with { PortfolioState = state };

    /// <summary>
    /// A refresh came back in time: its portfolio is journaled as an input and is what STEP 3 onwards use,
    /// its cash (dollars) where STEP 3 starts; the denominator stays the start's total value (CONTRACT
    /// Resolutions 1 and 24).
    /// </summary>
    public void RefreshCompleted(RefreshedPortfolio refreshed)
    {
        ArgumentNullException.ThrowIfNull(refreshed);
        Require(Header.Refresh == RefreshStatus.NotNeeded, $"Run {RunId} has already recorded its refresh ({Header.Refresh}).");
        var cash = refreshed.Portfolio.TotalCash;
        Inputs = Inputs with { Refreshed = refreshed };
        _inputsChanged = true;
        Header = Header with { Refresh = RefreshStatus.Completed, StartCash = cash, RunningCash = cash };
    }

    public void RefreshFailed() => Header = Header with { Refresh = RefreshStatus.Failed };

    public void RefreshTimedOut() => Header = Header with { Refresh = RefreshStatus.TimedOut };

    /// <summary>STEP 3C: moves the running cash by a trade's cash effect (dollars) and returns where it stands.</summary>
    public Money MoveRunningCash(Money change)
    {
        Header = Header with { RunningCash = Header.RunningCash + change };
        return Header.RunningCash;
    }

    /// <summary>STEP 3C: the queue position the run continues from; it never moves back.</summary>
    public void AdvanceQueue(int next)
    {
        Require(next >= Header.NextQueueIndex && next <= _trades.Length, $"Run {RunId} cannot move its queue from {Header.NextQueueIndex} to {next}.");
        Header = Header with { NextQueueIndex = next };
    }

    /// <summary>
    /// STEP 5–8 are done: the run ends HALTED if a decision halted it, COMPLETED_WITH_ESCALATIONS if it
    /// raised any, COMPLETED otherwise.
    /// </summary>
    public RunStatus Complete(PostExecutionSummary summary, DateOnly nextReviewDate)
    {
        Require(Header.Phase == RunPhase.PostExecution && Header.Status == RunStatus.Running, $"Run {RunId} is {Header.Status} in {Header.Phase}; it cannot complete.");
        var status = _escalations.Any(e => e.Decision?.Kind == DecisionKind.Halt) ? RunStatus.Halted
            : _escalations.Count > 0 ? RunStatus.CompletedWithEscalations
            : RunStatus.Completed;
        Header = Header with
        {
            PostExecution = summary,
            NextReviewDate = nextReviewDate,
            Status = status,
            Phase = RunPhase.Done,
            CompletedAt = Now,
        };
        return status;
    }

    /// <summary>The lots of an (account, ticker) as this run has them: changed since the last commit, else as journaled (CONTRACT Resolution 15).</summary>
    public ValueTask<PositionLots> PositionAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken) =>
        _positions.TryGetValue((account, ticker), out var changed) || _staged.Positions.TryGetValue((account, ticker), out changed)
            ? ValueTask.FromResult(changed)
            : new ValueTask<PositionLots>(_journal.LoadPositionLotsAsync(account, ticker, cancellationToken));

    /// <summary>The shares of <paramref name="ticker"/> the portfolio the run executes on holds in <paramref name="account"/> (0 when none).</summary>
    public decimal HeldShares(AccountId account, Ticker ticker)
    {
        var portfolio = Inputs.ExecutedOn;
        if (_held is not { } held || !ReferenceEquals(held.Portfolio, portfolio))
        {
            var shares = new Dictionary<(AccountId, Ticker), decimal>();
            foreach (var position in portfolio.Positions)
            {
                shares[(position.Account, position.Ticker)] = shares.GetValueOrDefault((position.Account, position.Ticker)) + position.Quantity;
            }

            held = (portfolio, shares);
            _held = held;
        }

        return held.Shares.GetValueOrDefault((account, ticker));
    }

    /// <summary>Whether the lots of an (account, ticker) changed since the last durable commit.</summary>
    public bool HasUncommittedPosition(AccountId account, Ticker ticker) =>
        _positions.ContainsKey((account, ticker)) || _staged.Positions.ContainsKey((account, ticker));

    /// <summary>Replaces a position's lots; written with the next commit.</summary>
    public void UpdatePosition(PositionLots position)
    {
        ArgumentNullException.ThrowIfNull(position);
        _positions[(position.Account, position.Ticker)] = position;
    }

    public void Record(string kind, string detail) => _events.Add(new JournalEvent(RunId, Now, kind, detail));

    public void AddCaveat(string caveat) => Header = Header.WithCaveat(caveat);

    /// <summary>
    /// Marks the changes so far as one finished step. Nothing is written: the step goes to the journal with the
    /// next <see cref="CommitAsync"/> (or, when the run fails before one, with <see cref="CommitStagedAsync"/>).
    /// </summary>
    public void Stage()
    {
        _staged.Header = Header;
        _staged.Approvals = Approvals;
        foreach (var sequence in _dirtyTrades)
        {
            _staged.Trades[sequence] = _trades[sequence];
        }

        foreach (var id in _dirtyEscalations)
        {
            _staged.Escalations[id] = _escalations.Find(e => e.Id == id)!;
        }

        _staged.Events.AddRange(_events);
        foreach (var (key, position) in _positions)
        {
            _staged.Positions[key] = position;
        }

        if (_inputsChanged)
        {
            _staged.Inputs = Inputs;
        }

        _inputsChanged = false;
        _dirtyTrades.Clear();
        _dirtyEscalations.Clear();
        _events.Clear();
        _positions.Clear();
    }

    /// <summary>
    /// Writes every change since the last commit, atomically and durably (one fsync). Required before a
    /// broker call that changes something at the venue, and where the run stops (pause, interruption, end).
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        Stage();
        await WriteStagedAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the steps staged since the last commit, without what changed after the last <see cref="Stage"/>:
    /// for a run that fails part-way through a step, so the journal keeps every step it finished.
    /// </summary>
    public async Task CommitStagedAsync(CancellationToken cancellationToken)
    {
        if (_staged.Header is not null)
        {
            await WriteStagedAsync(cancellationToken);
        }
    }

    private async Task WriteStagedAsync(CancellationToken cancellationToken)
    {
        var header = _staged.Header! with { UpdatedAt = Now };
        var batch = new JournalBatch(
            header,
            [.. _staged.Trades.Values],
            _staged.Escalations.Count == 0 ? [] : [.. _escalations.Where(e => _staged.Escalations.ContainsKey(e.Id)).Select(e => _staged.Escalations[e.Id])],
            [.. _staged.Events])
        {
            Approvals = _staged.Approvals,
            Inputs = _staged.Inputs,
            Positions = [.. _staged.Positions.Values],
        };
        await _journal.CommitAsync(batch, cancellationToken);
        if (ReferenceEquals(Header, _staged.Header))
        {
            Header = header;
        }

        _staged.Clear();
    }

    public RunSnapshot ToSnapshot() => new(Header, Inputs, [.. _trades], [.. _escalations]);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
