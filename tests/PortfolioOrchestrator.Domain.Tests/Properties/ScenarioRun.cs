using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Testing.Journal;

namespace PortfolioOrchestrator.Domain.Tests.Properties;

/// <summary>A generated scenario run to the end on the harness, answering every pause with the scenario's decision.</summary>
public sealed class ScenarioRun
{
    private ScenarioRun(QueueScenario scenario, QaReport report, EngineHarness harness, RunSnapshot run)
    {
        Scenario = scenario;
        Report = report;
        Harness = harness;
        Run = run;
    }

    public QueueScenario Scenario { get; }

    public QaReport Report { get; }

    public EngineHarness Harness { get; }

    public RunSnapshot Run { get; }

    /// <summary>The approved trades in the order the contract wants them executed (approval time, then report order).</summary>
    public IReadOnlyList<QaTrade> ApprovalOrder => [.. Report.Trades.Where(t => t.IsApproved).OrderBy(t => t.ApprovalTimestamp!.Value).ThenBy(t => t.ReportIndex)];

    /// <summary>Which trade an entry order belongs to, if any of the report's (attempts 1–3).</summary>
    public QaTrade? TradeOf(ClientOrderId id) =>
        Report.Trades.FirstOrDefault(t => Enumerable.Range(1, 3).Any(a => ClientOrderId.ForEntry(Report.ReportId, t.TradeId, a) == id));

    /// <summary>How many commits the run made (decisions included).</summary>
    public int Commits { get; private init; }

    public static ScenarioRun Execute(QueueScenario scenario) => ExecuteAsync(scenario, null).GetAwaiter().GetResult();

    /// <summary>Runs the scenario, dies at commit <paramref name="crashAt"/>, then resumes with a fresh engine to the end.</summary>
    public static ScenarioRun ExecuteWithCrash(QueueScenario scenario, int crashAt, CrashMoment moment) =>
        ExecuteAsync(scenario, (crashAt, moment)).GetAwaiter().GetResult();

    private static async Task<ScenarioRun> ExecuteAsync(QueueScenario scenario, (int At, CrashMoment Moment)? crash)
    {
        var h = new EngineHarness();
        if (scenario.BrokerReportsCash)
        {
            h.Broker.ReportsCash(45_000m);
        }

        for (var i = 0; i < scenario.Trades.Count; i++)
        {
            var ticker = h.Broker.Ticker(QueueScenario.TickerOf(i));
            _ = scenario.Trades[i].Act switch
            {
                VenueAct.Slippage => ticker.Slippage(75m),
                VenueAct.PartialFill => ticker.PartialFill(0.6m),
                VenueAct.Reject => ticker.Rejects("insufficient buying power"),
                VenueAct.SlowFill => ticker.FillsAfterLookups(2),
                VenueAct.UnresolvedSubmit => ticker.SubmitUnresolved(),
                _ => ticker,
            };
        }

        var report = scenario.Report();
        var journal = new CrashingJournal(h.Journal, crash?.At ?? int.MaxValue, crash?.Moment ?? CrashMoment.AfterCommit);
        RunSnapshot run;
        try
        {
            run = await DriveAsync(h, journal, scenario.Decision, () => h.StartAsync(report, journal: journal));
        }
        catch (SimulatedCrashException)
        {
            var runId = (await h.Journal.ListRunsAsync(CancellationToken.None)).Single().RunId;
            var stored = (await h.LoadAsync(runId))!;
            var undecided = stored.AwaitedEscalation() is { Decision: null };
            run = await DriveAsync(h, h.Journal, scenario.Decision, () => undecided ? h.DecideAndContinueAsync(stored, scenario.Decision) : h.ContinueAsync(runId));
        }

        return new ScenarioRun(scenario, report, h, run) { Commits = journal.Commits };
    }

    private static async Task<RunSnapshot> DriveAsync(EngineHarness h, IJournal journal, DecisionKind decision, Func<Task<RunSnapshot>> start)
    {
        var run = await start();
        while (run.Header.Status == RunStatus.AwaitingDecision)
        {
            run = await h.DecideAndContinueAsync(run, decision, journal);
        }

        return run;
    }
}
