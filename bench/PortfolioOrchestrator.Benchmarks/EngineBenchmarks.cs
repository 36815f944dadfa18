using BenchmarkDotNet.Attributes;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Journal;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Benchmarks;

/// <summary>
/// (a) Plan and execute N trades on a 5,000-position portfolio against the paper venue (in memory)
/// with an in-memory journal. Each invocation is one whole run, so the reported time is per run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class EngineBenchmarks
{
    private RunRequest _request = null!;
    private PaperVenue _venue = null!;
    private ExecutionEngine _engine = null!;

    [Params(1_000, 10_000)]
    public int Trades { get; set; }

    [GlobalSetup]
    public void Prepare() => _request = Workload.Request(Trades, 5_000);

    [IterationSetup]
    public void NewVenue()
    {
        var clock = new SimulatedClock(Workload.Now);
        _venue = PaperVenue.OpenInMemory(PaperScript.Standard, clock);
        _venue.EnsureAccountAsync(_request.Portfolio.TotalCash).GetAwaiter().GetResult();
        _engine = new ExecutionEngine(new EngineServices(_venue, new InMemoryJournal(), new PaperRefresher(_venue, clock), NyseCalendar.Instance, clock, clock));
    }

    [IterationCleanup]
    public void DisposeVenue() => _venue.Dispose();

    [Benchmark]
    public object PlanAndExecute() => _engine.StartAsync(_request, CancellationToken.None).GetAwaiter().GetResult();
}

/// <summary>
/// (b) The same with the SQLite journal on disk (WAL, synchronous FULL), beside the cost of one fsync
/// measured in the same run, so the per-trade cost can be read against the disk's own.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class DurableJournalBenchmarks
{
    private RunRequest _request = null!;
    private PaperVenue _venue = null!;
    private SqliteJournal _journal = null!;
    private ExecutionEngine _engine = null!;
    private string _directory = null!;

    [Params(1_000)]
    public int Trades { get; set; }

    [GlobalSetup]
    public void Prepare() => _request = Workload.Request(Trades, 5_000);

    [IterationSetup]
    public void NewState()
    {
        _directory = Path.Combine(Path.GetTempPath(), "po-bench", Guid.NewGuid().ToString("N"));
        var clock = new SimulatedClock(Workload.Now);
        _venue = PaperVenue.OpenInMemory(PaperScript.Standard, clock);
        _venue.EnsureAccountAsync(_request.Portfolio.TotalCash).GetAwaiter().GetResult();
        _journal = SqliteJournal.Open(_directory);
        _engine = new ExecutionEngine(new EngineServices(_venue, _journal, new PaperRefresher(_venue, clock), NyseCalendar.Instance, clock, clock));
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _journal.Dispose();
        _venue.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public object PlanAndExecuteDurably() => _engine.StartAsync(_request, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>One 4 KiB write followed by fsync, the floor under every durable commit.</summary>
    [Benchmark]
    public void OneFsync()
    {
        var path = Path.Combine(_directory, "fsync.probe");
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 4096, FileOptions.None);
        stream.Write(new byte[4096]);
        stream.Flush(flushToDisk: true);
    }
}
