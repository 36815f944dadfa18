using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PortfolioOrchestrator.Alpaca.Configuration;

namespace PortfolioOrchestrator.Alpaca.Streaming;

/// <summary>
/// Keeps Alpaca's <c>trade_updates</c> stream open: connects (<see cref="AlpacaStreamEndpoint"/>), sends the
/// <c>authenticate</c> message with the keys, sends <c>listen</c> for <c>trade_updates</c>, waits for the
/// <c>listening</c> acknowledgement, then hands every event to the <see cref="OrderFeed"/>. Messages are JSON,
/// in text or binary frames (Alpaca's paper stream sends binary). A drop, a failed connect or an unreadable
/// message ends the connection; it is opened again after 1 s doubling to 30 s, and meanwhile look-ups go over
/// REST. Keys the stream refuses end it for good: polling alone carries on. Runs on the wall clock.
/// </summary>
internal sealed class TradeUpdatesStream : IAsyncDisposable
{
    private const int MaxMessageBytes = 1 << 20;
    private static readonly byte[] Listen = Encoding.UTF8.GetBytes("""{"action":"listen","data":{"streams":["trade_updates"]}}""");

    private readonly AlpacaOptions _options;
    private readonly AlpacaStreamSettings _settings;
    private readonly OrderFeed _feed;
    private readonly TimeProvider _wallClock;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;

    public TradeUpdatesStream(AlpacaOptions options, AlpacaStreamSettings settings, OrderFeed feed, TimeProvider wallClock)
    {
        _options = options;
        _settings = settings;
        _feed = feed;
        _wallClock = wallClock;
        Url = AlpacaStreamEndpoint.For(options.BaseUrl);
    }

    public Uri Url { get; }

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Waits, at most <paramref name="within"/>, until the first connection listens or fails.</summary>
    public async Task WaitFirstAttemptAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        try
        {
            await _firstAttempt.Task.WaitAsync(within, _wallClock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Still connecting: the order goes out and is read over REST until the stream listens.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(3), _wallClock).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The socket is abandoned; the process is ending anyway.
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            End end;
            try
            {
                end = await ConnectionAsync(stop).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The loop must outlive any failure of one connection, or the feed would keep trusting a dead stream.
            catch (Exception)
#pragma warning restore CA1031
            {
                end = End.Failed;
            }
            finally
            {
                _feed.Disconnected();
            }

            _firstAttempt.TrySetResult();
            if (end == End.Refused || stop.IsCancellationRequested)
            {
                return;
            }

            failures = end == End.Dropped ? 1 : failures + 1;
            var delay = _settings.FirstReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 16));
            try
            {
                await Task.Delay(delay < _settings.MaxReconnectDelay ? delay : _settings.MaxReconnectDelay, _wallClock, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One connection, from the handshake to its end.</summary>
    private async Task<End> ConnectionAsync(CancellationToken stop)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = _settings.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = _settings.KeepAliveTimeout;
        var listening = false;
        try
        {
            using (var handshake = CancellationTokenSource.CreateLinkedTokenSource(stop))
            {
                handshake.CancelAfter(_settings.HandshakeTimeout);
                var answer = await HandshakeAsync(socket, handshake.Token).ConfigureAwait(false);
                if (answer != End.Dropped)
                {
                    return answer;
                }
            }

            _feed.Listening();
            listening = true;
            _firstAttempt.TrySetResult();
            while (await ReceiveAsync(socket, stop).ConfigureAwait(false) is { } message)
            {
                if (message.Stream == "trade_updates")
                {
                    if (TradeUpdate.TryRead(message, _wallClock.GetUtcNow()) is not { } update)
                    {
                        // An event that cannot be read may have been about any order: start again and reconcile.
                        return End.Dropped;
                    }

                    _feed.OnEvent(update.Order, update.Execution, update.IsReplacement);
                }
            }

            return End.Dropped;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or InvalidOperationException)
        {
            return listening ? End.Dropped : End.Failed;
        }
        finally
        {
            await CloseQuietlyAsync(socket).ConfigureAwait(false);
        }
    }

    /// <summary>Connect, authenticate, listen. <see cref="End.Dropped"/> here means "listening".</summary>
    private async Task<End> HandshakeAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        await socket.ConnectAsync(Url, cancellationToken).ConfigureAwait(false);
        await SendAsync(socket, AuthenticateMessage(), cancellationToken).ConfigureAwait(false);
        var authorization = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
        if (authorization is null)
        {
            return End.Failed;
        }

        if (!authorization.IsAuthorized)
        {
            return authorization.Stream == "authorization" ? End.Refused : End.Failed;
        }

        await SendAsync(socket, Listen, cancellationToken).ConfigureAwait(false);
        while (await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false) is { } message)
        {
            if (message.ListensToTradeUpdates)
            {
                return End.Dropped;
            }

            if (message.Stream == "listening" || message.Stream == "authorization")
            {
                return End.Refused;
            }
        }

        return End.Failed;
    }

    private byte[] AuthenticateMessage() => JsonSerializer.SerializeToUtf8Bytes(new AuthenticateMessageDto(
        "authenticate", new AuthenticateDataDto(_options.KeyId, _options.SecretKey)), AlpacaStreamJson.Options);

    private static Task SendAsync(ClientWebSocket socket, byte[] message, CancellationToken cancellationToken) =>
        socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The next whole message, or null when the server closed the connection.</summary>
    private static async Task<StreamMessage?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var part = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (part.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, part.Count);
            if (message.Length > MaxMessageBytes)
            {
                throw new InvalidOperationException("a stream message is larger than 1 MB");
            }

            if (part.EndOfMessage)
            {
                return StreamMessage.TryRead(message.GetBuffer().AsSpan(0, (int)message.Length)) ?? new StreamMessage(null, default);
            }
        }
    }

    private async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var close = new CancellationTokenSource(TimeSpan.FromSeconds(1), _wallClock);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, close.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
        {
            // Going anyway.
        }
    }

    private enum End
    {
        /// <summary>The connection listened and then ended: reconnect soon.</summary>
        Dropped,

        /// <summary>It never listened (unreachable, refused upgrade, timeout): reconnect with growing waits.</summary>
        Failed,

        /// <summary>The keys were refused, or trade_updates is not offered: stop; polling carries on.</summary>
        Refused,
    }
}
