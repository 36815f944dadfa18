using BenchmarkDotNet.Attributes;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Testing.Broker;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Benchmarks;

/// <summary>
/// The engine's own cost: the same workload as <see cref="EngineBenchmarks"/> against an in-memory
/// broker (a dictionary) instead of the SQLite-backed paper venue.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class EngineOnlyBenchmarks
{
    private RunRequest _request = null!;
    private ExecutionEngine _engine = null!;

    [Params(1_000, 10_000)]
    public int Trades { get; set; }

    [GlobalSetup]
    public void Prepare() => _request = Workload.Request(Trades, 5_000);

    [IterationSetup]
    public void NewBroker()
    {
        var clock = new SimulatedClock(Workload.Now);
        _engine = new ExecutionEngine(new EngineServices(new InMemoryBroker(clock), new InMemoryJournal(), FixedRefresher.Completed(), NyseCalendar.Instance, clock, clock));
    }

    [Benchmark]
    public object PlanAndExecute() => _engine.StartAsync(_request, CancellationToken.None).GetAwaiter().GetResult();
}
