using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>
/// A fake of Alpaca's Trading API v2 on 127.0.0.1 (a free port), speaking HTTP and JSON as Alpaca
/// documents it: <c>/v2/orders</c> (POST, list, by client order id, by id, DELETE), <c>/v2/account</c>,
/// <c>/v2/positions</c>, <c>/v2/assets/{symbol}</c>, <c>/v2/clock</c>, <c>/v2/calendar</c>, and the market
/// data API's <c>/v2/stocks/{symbol}/trades/latest</c> on the same port. Checks the key headers (401),
/// applies Alpaca's order rules and life cycle (see <see cref="FakeAlpacaVenue"/>), limits each key to
/// <see cref="RateLimitPerMinute"/> requests a minute (429 with the <c>X-Ratelimit-*</c> headers), and
/// can inject 429s, 5xx, held requests and connections dropped after an order was accepted. Counts every request.
/// Serves Alpaca's <c>trade_updates</c> stream at <c>/stream</c> (see <see cref="FakeStreamSession"/>): while a
/// client listens, the venue works its open orders every <see cref="StreamTick"/> (an accepted market order
/// fills on the first tick, as it would on a read) and every change goes out as an event.
/// </summary>
public sealed class FakeAlpacaServer : IDisposable, IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly FakeAlpacaVenue _venue;
    private readonly Lock _gate = new();
    private readonly List<FakeFault> _faults = [];
    private readonly ConcurrentQueue<FakeAlpacaRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _timeProvider;
    private readonly Task _loop;
    private readonly Task _ticker;
    private readonly List<FakeStreamSession> _sessions = [];
    private readonly FakeTradeUpdates _updates;
    private JsonObject? _lastEvent;
    private bool _dropStreamAtNextFill;
    private int _streamEventsSent;
    private int _dropsLeft;
    private DateTimeOffset _windowStart;
    private int _windowCount;

    private FakeAlpacaServer(HttpListener listener, Uri baseUrl, string keyId, string secretKey, TimeProvider timeProvider)
    {
        _listener = listener;
        _timeProvider = timeProvider;
        _venue = new FakeAlpacaVenue(timeProvider);
        _updates = new FakeTradeUpdates(timeProvider);
        BaseUrl = baseUrl;
        KeyId = keyId;
        SecretKey = secretKey;
        Clock = new FakeMarketClock(timeProvider.GetUtcNow(), true, timeProvider.GetUtcNow().AddDays(1), timeProvider.GetUtcNow().AddHours(6));
        _loop = Task.Run(ListenAsync);
        _ticker = Task.Run(TickAsync);
    }

    public Uri BaseUrl { get; }

    public string KeyId { get; }

    public string SecretKey { get; }

    /// <summary>Dollars in the account. <value>The default value is $100,000.</value></summary>
    public decimal Cash
    {
        get { lock (_gate) { return _venue.Cash; } }
        set { lock (_gate) { _venue.Cash = value; } }
    }

    public bool TradingBlocked
    {
        get { lock (_gate) { return _venue.TradingBlocked; } }
        set { lock (_gate) { _venue.TradingBlocked = value; } }
    }

    /// <summary>What <c>/v2/clock</c> answers.</summary>
    public FakeMarketClock Clock { get; set; }

    /// <summary>What <c>/v2/calendar</c> answers; when null, every weekday 09:30–16:00.</summary>
    public IReadOnlyList<FakeCalendarDay>? Calendar { get; set; }

    /// <summary>Reads of a canceled order that still answer <c>pending_cancel</c> before it is <c>canceled</c>. <value>The default value is 1.</value></summary>
    public int PendingCancelReads
    {
        get { lock (_gate) { return _venue.PendingCancelReads; } }
        set { lock (_gate) { _venue.PendingCancelReads = value; } }
    }

    /// <summary>Requests a key may make per minute before it is answered 429. <value>The default value is 200, Alpaca's.</value></summary>
    public int RateLimitPerMinute { get; set; } = 200;

    public IReadOnlyList<FakeAlpacaOrder> Orders
    {
        get { lock (_gate) { return _venue.Orders; } }
    }

    public IReadOnlyList<FakeAlpacaRequest> Requests => [.. _requests];

    /// <summary>The upgrade to <c>/stream</c> is answered 404, as where websockets do not get through: clients must poll.</summary>
    public bool StreamRefused { get; set; }

    /// <summary>How often the venue works its open orders while a stream client listens. <value>The default value is 10 ms.</value></summary>
    public TimeSpan StreamTick { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Stream clients listening to <c>trade_updates</c> now.</summary>
    public int StreamListeners
    {
        get { lock (_gate) { return _sessions.Count(s => s.IsListening); } }
    }

    /// <summary><c>trade_updates</c> events sent so far (to any client).</summary>
    public int StreamEventsSent
    {
        get { lock (_gate) { return _streamEventsSent; } }
    }

    /// <summary>
    /// The next fill happens at the venue but its event is never sent: every stream connection is cut instead,
    /// as a network failure between the venue's event and its delivery would.
    /// </summary>
    public void DropStreamAtNextFill()
    {
        lock (_gate)
        {
            _dropStreamAtNextFill = true;
        }
    }

    /// <summary>Ends every stream connection now (the server closes it, going away).</summary>
    public void DropStream()
    {
        lock (_gate)
        {
            foreach (var session in _sessions)
            {
                session.Drop();
            }
        }
    }

    /// <summary>Sends the last <c>trade_updates</c> event again, unchanged (same <c>execution_id</c>), as an at-least-once delivery may.</summary>
    public void RepeatLastStreamEvent()
    {
        lock (_gate)
        {
            if (_lastEvent is { } last)
            {
                Broadcast(last);
            }
        }
    }

    public static FakeAlpacaServer Start(string keyId = "PKFAKEKEYID0000000000", string secretKey = "fakeSecretKey0000000000000000000000000000", TimeProvider? timeProvider = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeAlpacaServer(listener, new Uri($"http://127.0.0.1:{port}/"), keyId, secretKey, timeProvider ?? TimeProvider.System);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public void SetSymbol(string symbol, FakeSymbolBehaviour behaviour)
    {
        lock (_gate)
        {
            _venue.Symbols[symbol.ToUpperInvariant()] = behaviour;
        }
    }

    /// <summary>Holds <paramref name="qty"/> shares of <paramref name="symbol"/> (priced by its behaviour, $100 by default).</summary>
    public void SetPosition(string symbol, decimal qty)
    {
        lock (_gate)
        {
            _venue.SetPosition(symbol.ToUpperInvariant(), qty);
        }
    }

    public decimal PositionOf(string symbol)
    {
        lock (_gate)
        {
            return _venue.PositionOf(symbol.ToUpperInvariant());
        }
    }

    /// <summary>A protective order (or one OCO leg) fills at <paramref name="price"/>, as a stop or target hit would; its siblings are canceled.</summary>
    public FakeAlpacaOrder? FillProtective(string clientOrderId, decimal price)
    {
        lock (_gate)
        {
            var order = _venue.FillProtective(clientOrderId, price);
            Publish();
            return order;
        }
    }

    /// <summary>The order and its group reach <paramref name="status"/> (<c>expired</c>, <c>done_for_day</c>, <c>suspended</c>, <c>pending_review</c>, …).</summary>
    public FakeAlpacaOrder? SetOrderStatus(string clientOrderId, string status)
    {
        lock (_gate)
        {
            var order = _venue.SetStatus(clientOrderId, status);
            Publish();
            return order;
        }
    }

    /// <summary>The order and its group lapse at <paramref name="expiresAt"/>: the <c>expires_at</c> Alpaca reports for them from now on.</summary>
    public FakeAlpacaOrder? SetExpiresAt(string clientOrderId, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            return _venue.SetExpiresAt(clientOrderId, expiresAt);
        }
    }

    /// <summary>Replaces an open order as <c>PATCH /v2/orders/{id}</c> would; the answer is the new order.</summary>
    public FakeAlpacaOrder? ReplaceOrder(string clientOrderId, decimal? qty = null, decimal? limitPrice = null, decimal? stopPrice = null)
    {
        lock (_gate)
        {
            var order = _venue.Replace(clientOrderId, qty, limitPrice, stopPrice);
            Publish();
            return order;
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> requests matching <paramref name="method"/> and <paramref name="path"/>
    /// (null matches any) get <paramref name="statusCode"/> before anything is done; a 429 carries Retry-After when given.
    /// </summary>
    public void FailNext(int count, int statusCode, string? method = null, string? path = null, TimeSpan? retryAfter = null)
    {
        lock (_gate)
        {
            _faults.Add(new FakeFault(method, path, statusCode, retryAfter) { Remaining = count });
        }
    }

    /// <summary>The next <paramref name="count"/> order submissions are accepted and recorded, then the connection is cut before the answer.</summary>
    public void DropNextOrderResponses(int count = 1) => Interlocked.Exchange(ref _dropsLeft, count);

    /// <summary>Requests matching <paramref name="method"/> and <paramref name="path"/> wait until the returned handle (or the server) is disposed.</summary>
    public IDisposable Hold(string method, string path)
    {
        var fault = new FakeFault(method, path, 0, null) { Remaining = int.MaxValue, Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        lock (_gate)
        {
            _faults.Add(fault);
        }

        return new Release(() =>
        {
            lock (_gate)
            {
                _faults.Remove(fault);
            }

            fault.Gate.TrySetResult();
        });
    }

    /// <summary>How many requests arrived for <paramref name="method"/> and <paramref name="path"/> (query excluded).</summary>
    public int RequestCount(string method, string path) =>
        _requests.Count(r => r.Method == method && r.Path == path);

    /// <summary>
    /// Requests per endpoint, keyed <c>"METHOD /path"</c> with ids and symbols as placeholders
    /// (<c>GET /v2/orders/{id}</c>, <c>GET /v2/assets/{symbol}</c>, <c>GET /v2/stocks/{symbol}/trades/latest</c>).
    /// </summary>
    public IReadOnlyDictionary<string, int> RequestsByEndpoint() =>
        _requests.GroupBy(r => $"{r.Method} {FakeEndpoints.Of(r.Path)}").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Requests to the Trading API: every endpoint but the market data API's.</summary>
    public int TradingRequestCount => _requests.Count(r => !FakeEndpoints.IsMarketData(r.Path) && !FakeEndpoints.IsStream(r.Path));

    public void Dispose()
    {
        _stopping.Cancel();
        lock (_gate)
        {
            foreach (var fault in _faults)
            {
                fault.Gate?.TrySetResult();
            }

            foreach (var session in _sessions)
            {
                session.Drop();
            }
        }

        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
            _ticker.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by its listener closing under it.
        }

        _stopping.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ListenAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            if (request.Url!.AbsolutePath == FakeEndpoints.Stream)
            {
                await ServeStreamAsync(context).ConfigureAwait(false);
                return;
            }

            var body = request.HasEntityBody ? await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync().ConfigureAwait(false) : null;
            var path = request.Url!.AbsolutePath;
            _requests.Enqueue(new FakeAlpacaRequest(request.HttpMethod, path, request.Url.Query, body));
            var overLimit = CountRequest();
            var fault = TakeFault(request.HttpMethod, path);
            if (fault?.Gate is { } gate)
            {
                await gate.Task.ConfigureAwait(false);
            }

            var reply = fault is { Gate: null }
                ? FakeReply.Error(fault.StatusCode, fault.StatusCode switch { 429 => "too many requests.", 404 => "order not found", _ => "internal server error" }, fault.StatusCode * 100000L)
                : overLimit ? FakeReply.Error(429, "rate limit exceeded", 42910000)
                : Route(request, path, body);
            await WriteAsync(context, reply, fault?.RetryAfter).ConfigureAwait(false);
            Publish();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away; nothing to answer.
        }
    }

    private async Task ServeStreamAsync(HttpListenerContext context)
    {
        _requests.Enqueue(new FakeAlpacaRequest(context.Request.HttpMethod, FakeEndpoints.Stream, context.Request.Url!.Query, null));
        if (StreamRefused || !context.Request.IsWebSocketRequest)
        {
            await WriteAsync(context, FakeReply.Error(404, "endpoint not found", 40410000), null).ConfigureAwait(false);
            return;
        }

        var accepted = await context.AcceptWebSocketAsync(subProtocol: null).ConfigureAwait(false);
        var session = new FakeStreamSession(accepted.WebSocket, KeyId, SecretKey);
        lock (_gate)
        {
            _sessions.Add(session);
        }

        try
        {
            await session.RunAsync(_stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _sessions.Remove(session);
            }

            accepted.WebSocket.Dispose();
        }
    }

    /// <summary>While a stream client listens, the venue works its open orders as time passes, as Alpaca's does.</summary>
    private async Task TickAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(StreamTick, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            lock (_gate)
            {
                if (_sessions.Any(s => s.IsListening))
                {
                    _venue.Work();
                }
            }

            Publish();
        }
    }

    /// <summary>Sends what changed in the orders to every listening client (or, for the fill to drop, cuts them all instead).</summary>
    private void Publish()
    {
        lock (_gate)
        {
            var events = _updates.Collect(_venue.States, _venue.PositionOf);
            if (events.Count == 0)
            {
                return;
            }

            if (_dropStreamAtNextFill && _sessions.Any(s => s.IsListening) && events.Any(e => e["data"]?["execution_id"] is not null))
            {
                _dropStreamAtNextFill = false;
                foreach (var session in _sessions)
                {
                    session.Drop();
                }

                return;
            }

            foreach (var message in events)
            {
                Broadcast(message);
                _lastEvent = message;
            }
        }
    }

    private void Broadcast(JsonObject message)
    {
        foreach (var session in _sessions.Where(s => s.IsListening))
        {
            session.Send(message);
            _streamEventsSent++;
        }
    }

    private FakeFault? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && (f.Method is null || f.Method == method) && (f.Path is null || f.Path == path));
            if (fault is not null && fault.Gate is null)
            {
                fault.Remaining--;
            }

            return fault;
        }
    }

    private FakeReply Route(HttpListenerRequest request, string path, string? body)
    {
        if (request.Headers["APCA-API-KEY-ID"] != KeyId || request.Headers["APCA-API-SECRET-KEY"] != SecretKey)
        {
            return new FakeReply(401, new JsonObject { ["code"] = 40110000, ["message"] = "request is not authorized" });
        }

        lock (_gate)
        {
            return (request.HttpMethod, path) switch
            {
                ("POST", "/v2/orders") => SubmitOrder(body),
                ("GET", "/v2/orders") => _venue.List(request.QueryString["status"], request.QueryString["symbols"]),
                ("GET", "/v2/orders:by_client_order_id") => _venue.ByClientOrderId(request.QueryString["client_order_id"] ?? string.Empty),
                ("GET", _) when path.StartsWith("/v2/orders/", StringComparison.Ordinal) => _venue.ById(path["/v2/orders/".Length..]),
                ("DELETE", _) when path.StartsWith("/v2/orders/", StringComparison.Ordinal) => _venue.Cancel(path["/v2/orders/".Length..]),
                ("GET", "/v2/account") => FakeReply.Ok(_venue.Account()),
                ("GET", "/v2/positions") => FakeReply.Ok(_venue.Positions()),
                ("GET", _) when path.StartsWith("/v2/assets/", StringComparison.Ordinal) => _venue.Asset(Uri.UnescapeDataString(path["/v2/assets/".Length..]).ToUpperInvariant()),
                ("GET", _) when path.StartsWith("/v2/stocks/", StringComparison.Ordinal) && path.EndsWith("/trades/latest", StringComparison.Ordinal) =>
                    _venue.LatestTrade(Uri.UnescapeDataString(path["/v2/stocks/".Length..^"/trades/latest".Length]).ToUpperInvariant()),
                ("GET", "/v2/clock") => FakeReply.Ok(Clock.ToJson()),
                ("GET", "/v2/calendar") => CalendarReply(request.QueryString["start"], request.QueryString["end"]),
                _ => FakeReply.Error(404, "endpoint not found", 40410000),
            };
        }
    }

    /// <summary>A fixed one-minute window per key, as Alpaca counts: past the limit every request is 429 until the window resets.</summary>
    private bool CountRequest()
    {
        lock (_gate)
        {
            return OverRateLimit();
        }
    }

    private bool OverRateLimit()
    {
        var now = _timeProvider.GetUtcNow();
        if (now - _windowStart >= TimeSpan.FromMinutes(1))
        {
            _windowStart = now;
            _windowCount = 0;
        }

        _windowCount++;
        return _windowCount > RateLimitPerMinute;
    }

    private (int Remaining, DateTimeOffset Reset) RateWindow()
    {
        lock (_gate)
        {
            return (Math.Max(0, RateLimitPerMinute - _windowCount), _windowStart.AddMinutes(1));
        }
    }

    private FakeReply SubmitOrder(string? body)
    {
        JsonObject? json;
        try
        {
            json = body is null ? null : JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            return FakeReply.Error(400, "request body format is invalid", 40010000);
        }

        var reply = _venue.Submit(json);
        return reply.Status == 200 && Interlocked.Decrement(ref _dropsLeft) >= 0 ? reply with { DropConnection = true } : reply;
    }

    private FakeReply CalendarReply(string? start, string? end)
    {
        var from = DateOnly.ParseExact(start ?? "2000-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(end ?? from.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var days = Calendar ?? WeekdaysBetween(from, to);
        return FakeReply.Ok(new JsonArray([.. days.Where(d => d.Date >= from && d.Date <= to).Select(d => (JsonNode)d.ToJson())]));
    }

    private static List<FakeCalendarDay> WeekdaysBetween(DateOnly from, DateOnly to)
    {
        var days = new List<FakeCalendarDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(new FakeCalendarDay(day, new TimeOnly(9, 30), new TimeOnly(16, 0)));
            }
        }

        return days;
    }

    private async Task WriteAsync(HttpListenerContext context, FakeReply reply, TimeSpan? retryAfter)
    {
        var response = context.Response;
        if (reply.DropConnection)
        {
            response.Abort();
            return;
        }

        response.StatusCode = reply.Status;
        var (remaining, reset) = RateWindow();
        response.Headers["X-Ratelimit-Limit"] = RateLimitPerMinute.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Ratelimit-Remaining"] = (reply.Status == 429 ? 0 : remaining).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Ratelimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (retryAfter is { } wait)
        {
            response.Headers["Retry-After"] = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (reply.Body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(reply.Body.ToJsonString());
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        }

        response.Close();
    }

    private sealed record FakeFault(string? Method, string? Path, int StatusCode, TimeSpan? RetryAfter)
    {
        public int Remaining { get; set; }

        public TaskCompletionSource? Gate { get; init; }
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
