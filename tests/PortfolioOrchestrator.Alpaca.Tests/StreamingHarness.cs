using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Streaming;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Testing.Alpaca;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;
using PortfolioOrchestrator.Testing.Engine;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Alpaca.Tests;

/// <summary>
/// The engine on an <see cref="AlpacaBroker"/> that keeps the fake's <c>trade_updates</c> stream (reconnecting
/// after 50 ms in tests). The engine's clock starts at <see cref="EngineHarness.DefaultNow"/>; its waits are
/// <see cref="Waiter"/> (by default real time, so the stream's events can cut them short).
/// </summary>
internal sealed class StreamingHarness : IDisposable
{
    public static readonly AlpacaStreamSettings FastReconnect = new()
    {
        FirstReconnectDelay = TimeSpan.FromMilliseconds(50),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
    };

    private readonly HttpClient _http = new();

    public StreamingHarness(Action<FakeAlpacaServer>? arrange = null, AlpacaStreamSettings? stream = null)
    {
        Server = FakeAlpacaServer.Start(AlpacaHarness.KeyId, AlpacaHarness.Secret, Time);
        Server.SetSymbol("MSFT", new FakeSymbolBehaviour(410m));
        arrange?.Invoke(Server);
        var options = new AlpacaOptions(AlpacaHarness.KeyId, AlpacaHarness.Secret, Server.BaseUrl, Server.BaseUrl);
        Broker = new AlpacaBroker(new AlpacaConnection(options, _http, Time, new AlpacaHttpSettings()), stream ?? FastReconnect);
        Waiter = new RealTimeWaiter(Clock);
    }

    public FakeAlpacaServer Server { get; }

    public AlpacaBroker Broker { get; }

    /// <summary>The adapter's and the fake's clock: backoff and rate-limit waits cost nothing.</summary>
    public InstantTimeProvider Time { get; } = new();

    /// <summary>The engine's clock: <see cref="EngineHarness.DefaultNow"/> moving in real time.</summary>
    public TimeProvider Clock { get; } = new RealTimeFrom(EngineHarness.DefaultNow);

    public IWaiter Waiter { get; set; }

    public Task<RunSnapshot> RunAsync(QaReportBuilder? report = null)
    {
        var engine = new ExecutionEngine(new EngineServices(Broker, new InMemoryJournal(), FixedRefresher.Completed(), new WeekdayCalendar(), Clock, Waiter));
        return engine.StartAsync(EngineHarness.Request((report ?? new QaReportBuilder()).Build()), CancellationToken.None);
    }

    /// <summary>Waits (at most 5 s) until the fake has <paramref name="listeners"/> stream clients listening.</summary>
    public async Task ListeningAsync(int listeners = 1)
    {
        for (var i = 0; i < 500 && Server.StreamListeners < listeners; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(listeners, Server.StreamListeners);
    }

    public void Dispose()
    {
        Broker.Dispose();
        Server.Dispose();
        _http.Dispose();
    }

    private sealed class RealTimeFrom(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = TimeProvider.System.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start + TimeProvider.System.GetElapsedTime(_started);
    }
}

/// <summary>A waiter whose waits never end by themselves: a run on it goes on only where news cuts a wait short.</summary>
internal sealed class NewsOnlyWaiter : IWaiter
{
    public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
}
