using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PortfolioOrchestrator.Testing.Http;

/// <summary>A real HTTP listener on 127.0.0.1 that records each request and answers with the status the test chooses for it.</summary>
public sealed class LocalWebhookServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, HttpStatusCode> _answer;
    private readonly Task _loop;

    public LocalWebhookServer(Func<int, HttpStatusCode>? answer = null)
    {
        _answer = answer ?? (_ => HttpStatusCode.OK);
        Port = FreePort();
        Url = new Uri($"http://127.0.0.1:{Port}/hook/");
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public Uri Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>A URL on which nothing listens: connections are refused.</summary>
    public static Uri Refusing() => new($"http://127.0.0.1:{FreePort()}/hook/");

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        var index = 0;
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Requests.Enqueue(new Received(context.Request.HttpMethod, context.Request.ContentType, context.Request.Headers["X-PO-Signature"], context.Request.Headers["X-PO-Delivery"], body.ToArray()));
            context.Response.StatusCode = (int)_answer(index++);
            context.Response.Close();
        }
    }

    public sealed record Received(string Method, string? ContentType, string? Signature, string? DeliveryId, byte[] Body);
}
