using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Journal;

/// <summary>
/// A journal that lives only as long as the process: for dry runs, which must leave no trace, and for
/// tests and benchmarks of the engine. Same semantics as the durable journal, minus durability.
/// </summary>
public sealed class InMemoryJournal : IJournal, IPositionJournal
{
    private readonly Lock _gate = new();
    private readonly List<RunId> _order = [];
    private readonly Dictionary<RunId, RunHeader> _headers = [];
    private readonly Dictionary<RunId, RunInputs> _inputs = [];
    private readonly Dictionary<RunId, Dictionary<TradeId, TradeExecution>> _trades = [];
    private readonly Dictionary<RunId, List<Escalation>> _escalations = [];
    private readonly Dictionary<EscalationId, RunId> _escalationRuns = [];
    private readonly Dictionary<(string ReportId, TradeId TradeId), List<RunId>> _history = [];
    private readonly Dictionary<RunId, List<JournalEvent>> _events = [];
    private readonly Dictionary<(AccountId Account, Ticker Ticker), PositionLots> _positions = [];
    private readonly List<PositionEvent> _positionEvents = [];

    /// <summary>How many commits have been made (tests count journal steps with it).</summary>
    public int CommitCount { get; private set; }

    public Task CreateRunAsync(RunSnapshot run, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = run.Header.RunId;
            if (_headers.ContainsKey(id))
            {
                throw new InvalidOperationException($"Run {id} exists already.");
            }

            EnsureEscalationsBelongTo(id, run.Escalations);
            _headers.Add(id, run.Header);
            _order.Add(id);
            _inputs[id] = run.Inputs;
            _trades[id] = [];
            _escalations[id] = [];
            _events[id] = [];
            Apply(new JournalBatch(run.Header, run.Trades, run.Escalations, []));
            return Task.CompletedTask;
        }
    }

    public Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_headers.ContainsKey(batch.Header.RunId))
            {
                throw new InvalidOperationException($"Run {batch.Header.RunId} does not exist.");
            }

            // Checked before anything is applied, so a refused batch leaves nothing of itself.
            EnsureEscalationsBelongTo(batch.Header.RunId, batch.Escalations);
            Apply(batch);
            CommitCount++;
            return Task.CompletedTask;
        }
    }

    public Task<RunSnapshot?> LoadRunAsync(RunId runId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_headers.TryGetValue(runId, out var header)
                ? new RunSnapshot(header, _inputs[runId], [.. _trades[runId].Values.OrderBy(t => t.Sequence)], [.. _escalations[runId]])
                : null);
        }
    }

    public Task<IReadOnlyList<RunHeader>> ListRunsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<RunHeader>>([.. _order.Select(id => _headers[id])]);
        }
    }

    public Task<int> CountRunsForReportAsync(string reportId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_headers.Values.Count(h => h.ReportId == reportId));
        }
    }

    public Task<IReadOnlyList<(RunId RunId, TradeExecution Trade)>> FindTradeHistoryAsync(string reportId, TradeId tradeId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Oldest run first: the order the runs were created in, not the order they recorded the trade.
            IReadOnlyList<(RunId, TradeExecution)> found = !_history.TryGetValue((reportId, tradeId), out var runs) ? []
                : runs.Count == 1 ? [(runs[0], _trades[runs[0]][tradeId])]
                : [.. runs.OrderBy(_order.IndexOf).Select(run => (run, _trades[run][tradeId]))];
            return Task.FromResult(found);
        }
    }

    public Task<RunId?> FindRunOfEscalationAsync(EscalationId escalationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_escalationRuns.TryGetValue(escalationId, out var run) ? run : (RunId?)null);
        }
    }

    public Task<IReadOnlyList<JournalEvent>> ReadEventsAsync(RunId runId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<JournalEvent>>(_events.TryGetValue(runId, out var events) ? [.. events] : []);
        }
    }

    public Task<PositionLots> LoadPositionLotsAsync(AccountId account, Ticker ticker, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_positions.GetValueOrDefault((account, ticker)) ?? PositionLots.Empty(account, ticker));
        }
    }

    public Task<IReadOnlyList<PositionLots>> ListPositionLotsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PositionLots>>([.. _positions.Values
                .Where(p => p.Lots.Count > 0)
                .OrderBy(p => p.Account.Value, StringComparer.Ordinal)
                .ThenBy(p => p.Ticker.Value, StringComparer.Ordinal)]);
        }
    }

    public Task CommitPositionsAsync(PositionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            foreach (var position in commit.Positions)
            {
                _positions[(position.Account, position.Ticker)] = position;
            }

            _positionEvents.AddRange(commit.Events);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<PositionEvent>> ReadPositionEventsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PositionEvent>>([.. _positionEvents]);
        }
    }

    /// <summary>An escalation id belongs to one run for good, as in the durable journal.</summary>
    private void EnsureEscalationsBelongTo(RunId runId, IEnumerable<Escalation> escalations)
    {
        foreach (var escalation in escalations)
        {
            if (_escalationRuns.TryGetValue(escalation.Id, out var owner) && owner != runId)
            {
                throw new InvalidOperationException($"Escalation {escalation.Id} belongs to another run than {runId}.");
            }
        }
    }

    private void Apply(JournalBatch batch)
    {
        var id = batch.Header.RunId;
        _headers[id] = batch.Header;
        if (batch.Inputs is { } inputs)
        {
            _inputs[id] = inputs;
        }

        foreach (var trade in batch.Trades)
        {
            _trades[id][trade.TradeId] = trade;
            var key = (batch.Header.ReportId, trade.TradeId);
            if (!_history.TryGetValue(key, out var runs))
            {
                _history[key] = runs = [];
            }

            if (!runs.Contains(id))
            {
                runs.Add(id);
            }
        }

        var escalations = _escalations[id];
        foreach (var escalation in batch.Escalations)
        {
            var index = escalations.FindIndex(e => e.Id == escalation.Id);
            if (index < 0)
            {
                escalations.Add(escalation);
            }
            else
            {
                escalations[index] = escalation;
            }

            _escalationRuns[escalation.Id] = id;
        }

        _events[id].AddRange(batch.Events);
        foreach (var position in batch.Positions)
        {
            _positions[(position.Account, position.Ticker)] = position;
        }
    }
}
