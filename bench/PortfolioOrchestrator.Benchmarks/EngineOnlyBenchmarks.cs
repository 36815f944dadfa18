using BenchmarkDotNet.Attributes;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Testing.Broker;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Benchmarks;

/// <summary>
/// The engine's own cost: one whole run of N trades on a 5,000-position portfolio against an in-memory
/// broker and an in-memory journal (no SQL, no disk), so the reported time is per run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public abstract class EngineOnlyRun
{
    private RunRequest _request = null!;
    private ExecutionEngine _engine = null!;

    public abstract int Trades { get; set; }

    [GlobalSetup]
    public void Prepare() => _request = Workload(Trades);

    [IterationSetup]
    public void NewBroker()
    {
        var clock = new SimulatedClock(Benchmarks.Workload.Now);
        _engine = new ExecutionEngine(new EngineServices(new InMemoryBroker(clock), new InMemoryJournal(), FixedRefresher.Completed(), NyseCalendar.Instance, clock, clock));
    }

    [Benchmark]
    public object PlanAndExecute() => _engine.StartAsync(_request, CancellationToken.None).GetAwaiter().GetResult();

    protected abstract RunRequest Workload(int trades);
}

/// <summary>The figure: N trades on the portfolio's own 5,000 positions, a buy and a sell of each in turn (<see cref="Workload.PositionRoundTrips"/>).</summary>
public class EngineOnlyBenchmarks : EngineOnlyRun
{
    [Params(1_000, 10_000, 100_000)]
    public override int Trades { get; set; }

    protected override RunRequest Workload(int trades) => Benchmarks.Workload.PositionRoundTrips(trades, 5_000);
}

/// <summary>What CONTRACT Resolution 15 costs where lots pile up: 500 tickers, the even ones only buying (<see cref="Workload.HotTickers"/>).</summary>
public class EngineOnlyHotTickersBenchmarks : EngineOnlyRun
{
    [Params(1_000, 10_000)]
    public override int Trades { get; set; }

    protected override RunRequest Workload(int trades) => Benchmarks.Workload.HotTickers(trades, 5_000);
}
