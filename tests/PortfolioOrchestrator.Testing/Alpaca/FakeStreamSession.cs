using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>
/// One client of the fake's <c>/stream</c>, speaking Alpaca's protocol: an <c>authenticate</c> message with
/// <c>key_id</c> and <c>secret_key</c> is answered on the <c>authorization</c> stream (<c>authorized</c> or
/// <c>unauthorized</c>, which also closes); <c>listen</c> before that is answered <c>unauthorized</c> with
/// action <c>listen</c>; <c>listen</c> after it is acknowledged on the <c>listening</c> stream with the streams
/// it offers (only <c>trade_updates</c>). Every message goes out as JSON in a binary frame, as Alpaca's paper
/// stream sends them.
/// </summary>
internal sealed class FakeStreamSession(WebSocket socket, string keyId, string secretKey)
{
    private readonly Channel<byte[]> _outbox = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private bool _authorized;
    private bool _listening;

    /// <summary>Whether the client listens to <c>trade_updates</c>.</summary>
    public bool IsListening
    {
        get
        {
            lock (_gate)
            {
                return _listening;
            }
        }
    }

    /// <summary>Queues an event for the client if it listens.</summary>
    public void Send(JsonObject message)
    {
        lock (_gate)
        {
            if (_listening)
            {
                _outbox.Writer.TryWrite(Encoding.UTF8.GetBytes(message.ToJsonString()));
            }
        }
    }

    /// <summary>
    /// Ends the connection from the server's side (close status 1001, going away): nothing more is queued, what
    /// was queued goes out first. A listener's socket cannot be cut under the client, so this stands for a drop.
    /// </summary>
    public void Drop()
    {
        lock (_gate)
        {
            _listening = false;
            _outbox.Writer.TryComplete();
        }
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        var sender = SendLoopAsync(stopping);
        try
        {
            await ReceiveLoopAsync(stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The client went away or the server is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _listening = false;
            }

            _outbox.Writer.TryComplete();
        }

        try
        {
            await sender.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Nothing more can be sent.
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken stopping)
    {
        var buffer = new byte[8192];
        while (socket.State == WebSocketState.Open)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult part;
            do
            {
                part = await socket.ReceiveAsync(buffer, stopping).ConfigureAwait(false);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    // The sender answers the close once the outbox is done.
                    return;
                }

                message.Write(buffer, 0, part.Count);
            }
            while (!part.EndOfMessage);

            if (!Answer(message.ToArray()))
            {
                return;
            }
        }
    }

    /// <summary>Answers one client message; false when the connection is to end.</summary>
    private bool Answer(byte[] utf8)
    {
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(utf8) as JsonObject;
        }
        catch (JsonException)
        {
            message = null;
        }

        var action = message?["action"]?.GetValue<string>();
        var data = message?["data"] as JsonObject;
        lock (_gate)
        {
            switch (action)
            {
                case "authenticate" or "auth":
                    _authorized = data?["key_id"]?.GetValue<string>() == keyId && data?["secret_key"]?.GetValue<string>() == secretKey;
                    Queue(Authorization(_authorized ? "authorized" : "unauthorized", "authenticate"));
                    return _authorized;
                case "listen" when !_authorized:
                    Queue(Authorization("unauthorized", "listen"));
                    return true;
                case "listen":
                    var streams = (data?["streams"] as JsonArray)?.Select(s => s?.GetValue<string>()).Where(s => s == "trade_updates").ToList() ?? [];
                    _listening = streams.Count > 0;
                    Queue(new JsonObject { ["stream"] = "listening", ["data"] = new JsonObject { ["streams"] = new JsonArray([.. streams.Select(s => (JsonNode)s!)]) } });
                    return true;
                default:
                    Queue(new JsonObject { ["stream"] = "error", ["data"] = new JsonObject { ["error_message"] = "unrecognized action" } });
                    return true;
            }
        }
    }

    private void Queue(JsonObject message) => _outbox.Writer.TryWrite(Encoding.UTF8.GetBytes(message.ToJsonString()));

    private static JsonObject Authorization(string status, string action) =>
        new() { ["stream"] = "authorization", ["data"] = new JsonObject { ["status"] = status, ["action"] = action } };

    private async Task SendLoopAsync(CancellationToken stopping)
    {
        await foreach (var message in _outbox.Reader.ReadAllAsync(stopping).ConfigureAwait(false))
        {
            await socket.SendAsync(message, WebSocketMessageType.Binary, endOfMessage: true, stopping).ConfigureAwait(false);
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "going away", stopping).ConfigureAwait(false);
        }
    }
}
