using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Testing.Broker;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Testing.Engine;

/// <summary>
/// The <see cref="ExecutionEngine"/> wired to an <see cref="InMemoryJournal"/>, an <see cref="InMemoryBroker"/>,
/// a <see cref="SimulatedClock"/> (clock and waiter: waits are instant) and a <see cref="WeekdayCalendar"/>.
/// Each call builds a fresh engine over the same journal and broker, as a new process would.
/// The clock starts at <see cref="DefaultNow"/> (one hour after the default PORTFOLIO.md update) unless given.
/// </summary>
public sealed class EngineHarness
{
    public static readonly DateTimeOffset DefaultNow = Examples.PortfolioUpdated.AddHours(1);

    public EngineHarness(DateTimeOffset? now = null)
    {
        Clock = new SimulatedClock(now ?? DefaultNow);
        Broker = new InMemoryBroker(Clock);
        Refresher = FixedRefresher.Completed();
    }

    public SimulatedClock Clock { get; }

    public InMemoryJournal Journal { get; } = new();

    public InMemoryBroker Broker { get; }

    /// <summary>The refresher; it waits on <see cref="Clock"/>.</summary>
    public FixedRefresher Refresher
    {
        get;
        set
        {
            field = value;
            field.Waiter = Clock;
        }
    }

    public ITradingCalendar Calendar { get; set; } = new WeekdayCalendar();

    /// <summary>When set, the venue new engines call instead of <see cref="Broker"/> (e.g. a crashing wrapper of it).</summary>
    public IBroker? Venue { get; set; }

    /// <summary>A new engine; through <paramref name="journal"/> (e.g. a crashing one) instead of <see cref="Journal"/> if given.</summary>
    public ExecutionEngine NewEngine(IJournal? journal = null) =>
        new(new EngineServices(Venue ?? Broker, journal ?? Journal, Refresher, Calendar, Clock, Clock));

    public static RunRequest Request(QaReport report, PortfolioSnapshot? portfolio = null, ExecutionPolicy? policy = null) => new()
    {
        Portfolio = portfolio ?? new PortfolioBuilder().Build(),
        Report = report,
        Policy = policy ?? ExecutionPolicy.Default,
        BrokerSpec = "memory",
    };

    public Task<RunSnapshot> StartAsync(QaReport report, PortfolioSnapshot? portfolio = null, ExecutionPolicy? policy = null, IJournal? journal = null) =>
        NewEngine(journal).StartAsync(Request(report, portfolio, policy), CancellationToken.None);

    public Task<RunSnapshot> StartAsync(QaReportBuilder report, PortfolioBuilder? portfolio = null, ExecutionPolicy? policy = null) =>
        StartAsync(report.Build(), portfolio?.Build(), policy);

    public Task<RunSnapshot> ContinueAsync(RunId runId, IJournal? journal = null) =>
        NewEngine(journal).ContinueAsync(runId, CancellationToken.None);

    public async Task<DecisionResult> DecideAsync(EscalationId id, DecisionKind kind, string by = "Master-Architect", IJournal? journal = null)
    {
        var (result, _) = await new DecisionRecorder(journal ?? Journal, Clock).DecideAsync(id, kind, by, null, CancellationToken.None);
        return result;
    }

    /// <summary>Decides the escalation <paramref name="paused"/> waits for, then continues the run.</summary>
    public async Task<RunSnapshot> DecideAndContinueAsync(RunSnapshot paused, DecisionKind kind, IJournal? journal = null)
    {
        var id = paused.Header.AwaitingEscalation ?? throw new InvalidOperationException($"Run {paused.Header.RunId} is not waiting for a decision.");
        var result = await DecideAsync(id, kind, journal: journal);
        if (result != DecisionResult.Recorded)
        {
            throw new InvalidOperationException($"Decision on {id} was not recorded: {result}.");
        }

        return await ContinueAsync(paused.Header.RunId, journal);
    }

    public Task<RunSnapshot?> LoadAsync(RunId runId) => Journal.LoadRunAsync(runId, CancellationToken.None);

    /// <summary>The client order id the engine gives a trade's entry order.</summary>
    public static ClientOrderId EntryId(QaReport report, string tradeId, int attempt = 1) =>
        ClientOrderId.ForEntry(report.ReportId, TradeId.Create(tradeId), attempt);
}
