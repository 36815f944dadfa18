using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Streaming;

/// <summary>
/// What the <c>trade_updates</c> stream and the REST answers say of each order, and when the stream alone
/// may answer a look-up. An order is answered from here only while the stream connection that was already
/// listening when Alpaca last answered about it (its submit or a look-up) is still up: every event about it
/// since then has then arrived. A reconnect is a new connection: each open order is read once more over
/// REST (the reconcile), so nothing that happened while the stream was down is lost. Orders with legs, or
/// that Alpaca replaced, are always asked over REST. States only move forward: a final status, else the
/// larger filled quantity, wins. Executions are kept once per <c>execution_id</c> (CONTRACT Resolution 12).
/// Thread-safe.
/// </summary>
internal sealed class OrderFeed(TimeProvider wallClock, TimeSpan trustWithoutReadFor)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _epoch;
    private bool _listening;

    /// <summary>The connection now listening, or -1 when none is: taken before a request whose answer may start trust.</summary>
    public long ListeningEpoch
    {
        get
        {
            lock (_gate)
            {
                return _listening ? _epoch : -1;
            }
        }
    }

    /// <summary>A connection has been acknowledged as listening: every open order is news, to be read once over REST.</summary>
    public void Listening()
    {
        lock (_gate)
        {
            _epoch++;
            _listening = true;
            foreach (var entry in _entries.Values.Where(e => e.Order is not { } order || !order.Status.IsFinal()))
            {
                entry.Version++;
                entry.Signal();
            }
        }
    }

    /// <summary>The connection is gone: nothing is answered from the stream until the next one listens and each order is read again.</summary>
    public void Disconnected()
    {
        lock (_gate)
        {
            _listening = false;
        }
    }

    /// <summary>An event of the stream about <paramref name="order"/>; <paramref name="execution"/> for a fill.</summary>
    public void OnEvent(BrokerOrder order, Fill? execution, bool replaced)
    {
        lock (_gate)
        {
            var entry = EntryOf(order.ClientOrderId);
            if (entry.BrokerOrderId is { } known && known != order.BrokerOrderId)
            {
                return;
            }

            entry.BrokerOrderId ??= order.BrokerOrderId;
            entry.Order = Later(entry.Order, order);
            entry.Untrusted |= replaced;
            if (execution is not null)
            {
                entry.Executions.TryAdd(execution.ExecutionId, execution);
            }

            entry.Version++;
            entry.Signal();
        }
    }

    /// <summary>
    /// Alpaca's REST answer about an order (a submit or a look-up), sent while <paramref name="epochAtSend"/>
    /// was listening. Returns the order as best known (the answer, or a later state the stream already
    /// brought). <paramref name="simple"/>: the answer is one order with no legs, under its own Alpaca id.
    /// </summary>
    public BrokerOrder Took(BrokerOrder order, long epochAtSend, bool simple)
    {
        lock (_gate)
        {
            var entry = EntryOf(order.ClientOrderId);
            if (!simple || (entry.BrokerOrderId is { } known && known != order.BrokerOrderId))
            {
                entry.Untrusted = true;
                return order;
            }

            entry.BrokerOrderId = order.BrokerOrderId;
            entry.Order = Later(entry.Order, order);
            if (epochAtSend >= 0 && _listening && epochAtSend == _epoch)
            {
                entry.TrustedEpoch = epochAtSend;
                entry.ReadAt = wallClock.GetUtcNow();
            }

            entry.ReadVersion = entry.Version;
            return entry.Current();
        }
    }

    /// <summary>The order as the stream has it, where the stream alone may answer; otherwise null (ask Alpaca).</summary>
    public BrokerOrder? TryRead(ClientOrderId id)
    {
        lock (_gate)
        {
            if (!_listening || !_entries.TryGetValue(id.Value, out var entry) || entry.Untrusted || entry.TrustedEpoch != _epoch || entry.Order is not { } order)
            {
                return null;
            }

            if (!order.Status.IsFinal() && wallClock.GetUtcNow() - entry.ReadAt > trustWithoutReadFor)
            {
                return null;
            }

            entry.ReadVersion = entry.Version;
            return entry.Current();
        }
    }

    /// <summary>
    /// A REST read of <paramref name="id"/> is about to go out: the news so far is taken (whatever the read's
    /// outcome, so a failing read is not repeated at once), and the epoch listening now is returned for <see cref="Took"/>.
    /// </summary>
    public long BeginRead(ClientOrderId id)
    {
        lock (_gate)
        {
            var entry = EntryOf(id);
            entry.ReadVersion = entry.Version;
            return _listening ? _epoch : -1;
        }
    }

    /// <summary>Completes when the feed has news of <paramref name="id"/> no read has returned yet.</summary>
    public Task WaitForNewsAsync(ClientOrderId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = EntryOf(id);
            if (entry.Version > entry.ReadVersion)
            {
                return Task.CompletedTask;
            }

            entry.News ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return entry.News.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The later of two states of one order: a final status over an open one, else more filled, else the newer.</summary>
    internal static BrokerOrder Later(BrokerOrder? known, BrokerOrder incoming)
    {
        if (known is null)
        {
            return incoming;
        }

        if (known.Status.IsFinal() != incoming.Status.IsFinal())
        {
            return known.Status.IsFinal() ? known : incoming;
        }

        return known.FilledQuantity > incoming.FilledQuantity ? known : incoming;
    }

    private Entry EntryOf(ClientOrderId id)
    {
        if (!_entries.TryGetValue(id.Value, out var entry))
        {
            entry = new Entry();
            _entries[id.Value] = entry;
        }

        return entry;
    }

    private sealed class Entry
    {
        public string? BrokerOrderId { get; set; }

        public BrokerOrder? Order { get; set; }

        public Dictionary<string, Fill> Executions { get; } = new(StringComparer.Ordinal);

        public bool Untrusted { get; set; }

        public long TrustedEpoch { get; set; } = -1;

        public DateTimeOffset ReadAt { get; set; }

        public long Version { get; set; }

        public long ReadVersion { get; set; }

        public TaskCompletionSource? News { get; set; }

        public void Signal()
        {
            News?.TrySetResult();
            News = null;
        }

        /// <summary>The order with its executions where they add up to what Alpaca says filled; otherwise Alpaca's totals alone.</summary>
        public BrokerOrder Current()
        {
            var order = Order!;
            var executed = Executions.Values.Sum(f => f.Quantity);
            return executed > 0m && executed == order.FilledQuantity
                ? order with { Fills = [.. Executions.Values.OrderBy(f => f.At)] }
                : order with { Fills = [] };
        }
    }
}
