using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Inputs.CrossChecks;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// Wires inputs, state, venue, clock and engine for <c>po run</c>, <c>po resume</c>, <c>po demo</c> and the
/// MCP server's execution tools, and returns what the run came to (<see cref="RunOutcome"/>); showing it is
/// the caller's. Trade-by-trade progress goes to <paramref name="observer"/> (default: a line per trade on stderr).
/// </summary>
public sealed class RunHost(PoEnvironment environment, IRunObserver? observer = null)
{
    public static readonly ITradingCalendar Calendar = new NyseCalendar();

    public Task<RunOutcome> RunAsync(RunOptions options, CancellationToken cancellationToken) =>
        RunAsync(options, VenueOptions.Default, cancellationToken);

    public async Task<RunOutcome> RunAsync(RunOptions options, VenueOptions venueOptions, CancellationToken cancellationToken)
    {
        var fixedNow = NowOption.Parse(options.Now);
        var now = fixedNow ?? environment.Clock.GetUtcNow();
        var refreshMode = RefreshComposition.Parse(options.Refresh);
        var documents = options.Documents ?? InputDocuments.Files(options.Portfolio, options.Qa, options.Policy);
        var inputs = InputLoader.Load(environment, documents, now);
        var routing = Deliveries.Load(environment, options.Routing);
        var spec = BrokerSpec.Parse(options.Broker);
        var accounts = options.Accounts is { } accountsFile ? LoadAccounts(accountsFile, null, spec, inputs, options.Qa, venueOptions) : default;
        if (accounts.Map is null)
        {
            venueOptions.EnsureFits(spec);
        }

        if (!spec.IsPaper)
        {
            // Checked even for a dry run, so a rehearsal finds a missing key; a dry run never connects.
            VenueFactory.AlpacaOptionsFrom(environment, venueOptions.Live);
            if (OneAccountPerKeyRule.Check(inputs.Report, options.Qa, spec.ToString()) is { } oneKey)
            {
                throw PoException.BadInput([oneKey]);
            }
        }

        var (script, scriptText) = VenueFactory.LoadScript(environment, spec, options.ScriptText);
        var texts = new Dictionary<string, string>(inputs.SourceTexts);
        if (scriptText is not null)
        {
            texts["script"] = scriptText;
        }

        if (accounts.Text is not null)
        {
            texts[AccountVenues.SourceKey] = accounts.Text;
        }

        var clock = EngineClock.For((spec.IsPaper && !AccountVenues.HasAlpaca(accounts.Map)) || options.DryRun, fixedNow, environment.Clock);
        var stateDirectory = environment.ResolvePath(options.State);
        using var state = options.DryRun ? null : StateHost.Open(stateDirectory);
        // A dry run meets what the execution would (CONTRACT §8): a private copy of the venue and the journal.
        using var copy = options.DryRun ? DryRunCopy.Of(stateDirectory, spec.IsPaper) : null;
        using var venue = copy is not null
            ? await VenueFactory.OpenPaperAsync(copy.Directory, script, clock, Opening(inputs.Portfolio, inputs.Report.Trades), cancellationToken)
            : accounts.Map is { } map
                ? await OpenAccountsAsync(map, options.Accounts!, stateDirectory, script, clock, inputs.Portfolio, venueOptions, cancellationToken)
                : spec.IsPaper
                    ? await VenueFactory.OpenPaperAsync(stateDirectory, script, clock, Opening(inputs.Portfolio, inputs.Report.Trades), cancellationToken)
                    : await OpenAlpacaAsync(venueOptions, clock, cancellationToken);
        using var copiedJournal = copy is { HasJournal: true } ? SqliteJournal.Open(copy.Directory) : null;
        var request = new RunRequest
        {
            Portfolio = inputs.Portfolio,
            Report = inputs.Report,
            Policy = inputs.Policy,
            BrokerSpec = spec.ToString(),
            FixedNow = fixedNow,
            SourceTexts = texts,
            OutputDirectory = options.Out is null ? null : environment.ResolvePath(options.Out),
            PortfolioPath = documents.Portfolio.Path is { } portfolioPath ? environment.ResolvePath(portfolioPath) : null,
            RefreshMode = refreshMode.ToString(),
        };
        var refresher = RefreshComposition.Compose(
            environment, refreshMode, venue.Refresher, request.PortfolioPath, id => request.OutputDirectory ?? DefaultOutput(stateDirectory, id), routing, options.DryRun);
        IJournal journal = state is null ? copiedJournal ?? (IJournal)new InMemoryJournal() : environment.DecorateJournal(state.Journal);
        using var interrupt = InterruptSignal.Listen();
        var engine = new ExecutionEngine(Services(venue, refresher, journal, clock, interrupt.Token));
        var runsBefore = await journal.CountRunsForReportAsync(request.Report.ReportId, cancellationToken);
        var run = await new RunStop(environment, journal, stateDirectory, Calendar).GuardAsync(
            () => NewRunOf(journal, request.Report.ReportId, runsBefore),
            id => request.OutputDirectory ?? (options.DryRun ? null : DefaultOutput(stateDirectory, id)),
            () => engine.StartAsync(request, cancellationToken));
        var outDirectory = request.OutputDirectory ?? (options.DryRun ? null : DefaultOutput(stateDirectory, run.Header.RunId));
        return await PublishAsync(run, outDirectory, options.DryRun ? null : stateDirectory, routing, options.DryRun, cancellationToken);
    }

    public Task<RunOutcome> ResumeAsync(string stateOption, string runIdText, string? nowText, string? routingFile, VenueOptions venueOptions, string? refreshText, CancellationToken cancellationToken) =>
        ResumeAsync(stateOption, runIdText, nowText, routingFile, venueOptions, refreshText, null, cancellationToken);

    /// <summary>
    /// Continues a run. A run started with <c>--accounts</c> reopens its venues from the journaled map and this
    /// environment; <paramref name="accountsFile"/>, when given, must map the accounts as the journaled one does.
    /// </summary>
    public async Task<RunOutcome> ResumeAsync(string stateOption, string runIdText, string? nowText, string? routingFile, VenueOptions venueOptions, string? refreshText, string? accountsFile, CancellationToken cancellationToken)
    {
        var fixedNow = NowOption.Parse(nowText);
        var givenMode = refreshText is null ? null : RefreshComposition.Parse(refreshText);
        var routing = Deliveries.Load(environment, routingFile);
        var stateDirectory = environment.ResolvePath(stateOption);
        using var state = StateHost.Open(stateDirectory);
        var runId = RunId.Create(runIdText);
        var existing = await state.Journal.LoadRunAsync(runId, cancellationToken)
            ?? throw PoException.BadInput($"no run {runIdText} in state directory {stateDirectory}");
        var spec = BrokerSpec.Parse(existing.Inputs.BrokerSpec);
        var accounts = existing.Inputs.SourceTexts.GetValueOrDefault(AccountVenues.SourceKey) is { } journaledAccounts
            ? LoadAccounts(AccountVenues.JournaledName, journaledAccounts, spec, null, null, venueOptions)
            : default;
        if (accountsFile is not null)
        {
            SameAccounts(accountsFile, accounts.Map, runIdText);
        }
        if (accounts.Map is null)
        {
            venueOptions.EnsureFits(spec);
        }

        var (script, _) = VenueFactory.LoadScript(environment, spec, existing.Inputs.SourceTexts.GetValueOrDefault("script"));
        var clock = EngineClock.For(spec.IsPaper && !AccountVenues.HasAlpaca(accounts.Map), fixedNow, environment.Clock);

        // The keys were never journaled: an Alpaca run is reopened from this environment.
        using var venue = accounts.Map is { } map
            ? await OpenAccountsAsync(map, AccountVenues.JournaledName, stateDirectory, script, clock, existing.Inputs.Portfolio, venueOptions, cancellationToken)
            : spec.IsPaper
                ? await VenueFactory.OpenPaperAsync(stateDirectory, script, clock, Opening(existing.Inputs.Portfolio, existing.Trades.Select(t => t.Trade)), cancellationToken)
                : await OpenAlpacaAsync(venueOptions, clock, cancellationToken);
        // A resumed run refreshes as it was started to (a FULL_REFRESH after an approved #1 included), unless told otherwise.
        var refreshMode = givenMode ?? RefreshComposition.Parse(existing.Inputs.RefreshMode);
        var outDirectory = existing.Inputs.OutputDirectory ?? DefaultOutput(stateDirectory, runId);
        var refresher = RefreshComposition.Compose(environment, refreshMode, venue.Refresher, existing.Inputs.PortfolioPath, _ => outDirectory, routing, dryRun: false);
        using var interrupt = InterruptSignal.Listen();
        var engine = new ExecutionEngine(Services(venue, refresher, environment.DecorateJournal(state.Journal), clock, interrupt.Token));
        var run = await new RunStop(environment, state.Journal, stateDirectory, Calendar).GuardAsync(
            () => Task.FromResult<RunId?>(runId),
            _ => outDirectory,
            () => engine.ContinueAsync(runId, cancellationToken));
        return await PublishAsync(run, outDirectory, stateDirectory, routing, dryRun: false, cancellationToken);
    }

    /// <summary>What a new paper venue opens with: the portfolio's cash and positions, cash split as the trades' accounts say.</summary>
    private static PaperOpening Opening(PortfolioSnapshot portfolio, IEnumerable<QaTrade> trades) =>
        PaperOpening.From(portfolio, trades.Where(t => t.Account is not null).Select(t => t.Account!.Value));

    public static string DefaultOutput(string stateDirectory, RunId runId) => Path.Combine(stateDirectory, "runs", runId.Value);

    /// <summary>
    /// <c>--accounts</c> (CONTRACT §7), read and checked before anything opens: with it <c>--broker</c> may only
    /// give the paper script (each Alpaca account's key comes from the file), and <c>--live</c> applies to its
    /// Alpaca accounts. <paramref name="inputs"/> is null on resume (the trades were checked when the run began).
    /// </summary>
    private (AccountMap? Map, string? Text) LoadAccounts(string fileName, string? storedText, BrokerSpec spec, LoadedInputs? inputs, string? qaFileName, VenueOptions venueOptions)
    {
        if (!spec.IsPaper)
        {
            throw PoException.BadInput($"--accounts and --broker {spec} together: with --accounts each Alpaca account's key comes from {fileName}; leave --broker out (or give paper:SCRIPT.json for the paper accounts)");
        }

        var (map, text) = AccountVenues.Load(environment, fileName, storedText);
        if (inputs is not null)
        {
            AccountVenues.Check(environment, map, inputs.Report, inputs.Portfolio, fileName, qaFileName!, venueOptions.Live);
        }
        else
        {
            map.Entries.Where(e => e.Kind == VenueKind.Alpaca).ToList().ForEach(e => AccountVenues.OptionsFor(environment, e, fileName, venueOptions.Live));
        }

        if (venueOptions.QueueForOpen && !AccountVenues.HasAlpaca(map))
        {
            throw PoException.BadInput($"--queue-for-open applies only to Alpaca accounts; {fileName} maps none");
        }

        if (venueOptions.Live && !map.Entries.Any(e => e.Kind == VenueKind.Alpaca && e.BaseUrl is { } url && AlpacaEndpoints.IsLive(url)))
        {
            throw PoException.BadInput($"--live applies only to an Alpaca account on the live endpoint; {fileName} maps none");
        }

        return (map, text);
    }

    /// <summary><c>po resume --accounts FILE</c>: the file must map the accounts as the run's journaled map does.</summary>
    private void SameAccounts(string accountsFile, AccountMap? journaled, string runIdText)
    {
        var (given, _) = AccountVenues.Load(environment, accountsFile, null);
        if (journaled is null)
        {
            throw PoException.BadInput($"--accounts {accountsFile}: run {runIdText} was started without --accounts; it resumes at the venue it began with");
        }

        if (!given.Entries.SequenceEqual(journaled.Entries))
        {
            throw PoException.BadInput($"--accounts {accountsFile} maps the accounts differently from the map run {runIdText} was started with; a run resumes at the venues it began with (leave --accounts out to use the journaled map)");
        }
    }

    /// <summary>Opens every account's venue; each Alpaca account's market clock is asked before anything is sent.</summary>
    private Task<Venue> OpenAccountsAsync(AccountMap map, string fileName, string stateDirectory, PaperScript script, EngineClock clock, PortfolioSnapshot portfolio, VenueOptions venueOptions, CancellationToken cancellationToken) =>
        AccountVenues.OpenAsync(
            environment,
            map,
            fileName,
            venueOptions.Live,
            () => VenueFactory.OpenPaperAsync(stateDirectory, script, clock, AccountVenues.PaperOpeningFor(map, portfolio), cancellationToken),
            options => OpenAlpacaAsync(venueOptions, clock, cancellationToken, options));

    /// <summary>Opens Alpaca and asks its clock before the engine may send anything.</summary>
    private async Task<Venue> OpenAlpacaAsync(VenueOptions venueOptions, EngineClock clock, CancellationToken cancellationToken, AlpacaOptions? options = null)
    {
        var (venue, market) = options is null ? VenueFactory.OpenAlpaca(environment, venueOptions.Live, clock) : VenueFactory.OpenAlpaca(environment, options, clock);
        try
        {
            await MarketOpenCheck.EnsureAsync(market, venueOptions.QueueForOpen, environment.Error, cancellationToken);
            return venue;
        }
        catch
        {
            venue.Dispose();
            throw;
        }
    }

    private EngineServices Services(Venue venue, IPortfolioRefresher refresher, IJournal journal, EngineClock clock, CancellationToken stopRequested) =>
        new(environment.DecorateVenue(venue.Broker), journal, refresher, Calendar, clock.Clock, clock.Waiter)
        {
            Venues = venue.Map.Select(environment.DecorateVenue),
            Observer = observer ?? new ProgressObserver(environment.Error),
            StopRequested = stopRequested,
        };

    /// <summary>The run this <c>po run</c> created, if it got as far as creating one.</summary>
    private static async Task<RunId?> NewRunOf(IJournal journal, string reportId, int runsBefore)
    {
        var runs = (await journal.ListRunsAsync(CancellationToken.None)).Where(r => r.ReportId == reportId).ToList();
        return runs.Count > runsBefore ? runs.MaxBy(r => r.StartedAt)?.RunId : null;
    }

    private async Task<RunOutcome> PublishAsync(RunSnapshot run, string? outDirectory, string? stateDirectory, RoutingConfig routing, bool dryRun, CancellationToken cancellationToken)
    {
        var published = ReportPublisher.Publish(run, outDirectory, Calendar);
        var interrupted = run.Header.Status == RunStatus.Interrupted;
        // A dry run sends nothing anywhere; only a report written to a folder is delivered further, and only
        // once the run has ended (an interrupted one is delivered when it is resumed to its end).
        if (outDirectory is not null && stateDirectory is not null && !interrupted)
        {
            await Deliveries.DeliverAsync(environment, stateDirectory, routing, published.Report, cancellationToken);
        }

        return new RunOutcome(run, published, outDirectory, dryRun, NextSteps(run, stateDirectory))
        {
            Interruption = interrupted ? Interrupted(run, stateDirectory, outDirectory) : null,
        };
    }

    /// <summary>The exact lines that continue a paused or interrupted run (CONTRACT Resolutions 19 and 21).</summary>
    private IReadOnlyList<string> NextSteps(RunSnapshot run, string? stateDirectory)
    {
        if (stateDirectory is null)
        {
            return [];
        }

        var resume = NextCommands.Resume(environment, run.Header.RunId, stateDirectory);
        return run.Header switch
        {
            { Status: RunStatus.AwaitingDecision, AwaitingEscalation: { } awaited } => [.. NextCommands.Decide(environment, awaited, stateDirectory), resume],
            { Status: RunStatus.Interrupted } => [resume],
            _ => [],
        };
    }

    /// <summary>CONTRACT Resolution 19: exit 130 with the line that continues the run.</summary>
    private PoException Interrupted(RunSnapshot run, string? stateDirectory, string? outDirectory)
    {
        var runId = run.Header.RunId;
        var done = run.Trades.Count(t => t.Sequence < run.Header.NextQueueIndex);
        var where = outDirectory is null ? string.Empty : $" Its report (INTERRUPTED) is in {outDirectory}.";
        var message = stateDirectory is null
            ? $"interrupted: the dry run {runId} stopped after {done} of {run.Trades.Count} trades; nothing was sent."
            : $"interrupted: run {runId} stopped at a safe point after {done} of {run.Trades.Count} trades, everything journaled; the trades not reached stay QUEUED.{where} Continue with: {NextCommands.Resume(environment, runId, stateDirectory)}";
        return new PoException(ExitCodes.Interrupted, message, ErrorKinds.Interrupted) { RunId = runId.Value };
    }
}
