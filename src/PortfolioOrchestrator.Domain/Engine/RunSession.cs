using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// The working state of one run inside the engine. Changes are collected and written to the journal
/// in one atomic <see cref="CommitAsync"/>; nothing is considered to have happened until it is committed.
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

    public RunSession(RunSnapshot snapshot, IJournal journal, TimeProvider clock)
    {
        Header = snapshot.Header;
        Inputs = snapshot.Inputs;
        _trades = [.. snapshot.Trades.OrderBy(t => t.Sequence)];
        _escalations = [.. snapshot.Escalations];
        _journal = journal;
        _clock = clock;
    }

    public RunHeader Header { get; set; }

    public RunInputs Inputs { get; }

    public IReadOnlyList<TradeExecution> Trades => _trades;

    public IReadOnlyList<Escalation> Escalations => _escalations;

    public RunId RunId => Header.RunId;

    public DateTimeOffset Now => _clock.GetUtcNow();

    public void Update(TradeExecution trade)
    {
        _trades[trade.Sequence] = trade;
        _dirtyTrades.Add(trade.Sequence);
    }

    public void Update(Escalation escalation)
    {
        var index = _escalations.FindIndex(e => e.Id == escalation.Id);
        if (index < 0)
        {
            throw new InvalidOperationException($"Escalation {escalation.Id} is not part of run {RunId}.");
        }

        _escalations[index] = escalation;
        _dirtyEscalations.Add(escalation.Id);
    }

    public Escalation Raise(EscalationType type, string step, string trigger, IReadOnlyList<TradeId> tradeIds, string action, bool blocking, EscalationStatus status = EscalationStatus.Open)
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

    public void Record(string kind, string detail) => _events.Add(new JournalEvent(RunId, Now, kind, detail));

    public void AddCaveat(string caveat) => Header = Header.WithCaveat(caveat);

    /// <summary>Writes every change since the last commit, atomically and durably.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        Header = Header with { UpdatedAt = Now };
        var batch = new JournalBatch(
            Header,
            [.. _dirtyTrades.Order().Select(i => _trades[i])],
            [.. _escalations.Where(e => _dirtyEscalations.Contains(e.Id))],
            [.. _events]);
        await _journal.CommitAsync(batch, cancellationToken);
        _dirtyTrades.Clear();
        _dirtyEscalations.Clear();
        _events.Clear();
    }

    public RunSnapshot ToSnapshot() => new(Header, Inputs, [.. _trades], [.. _escalations]);
}
