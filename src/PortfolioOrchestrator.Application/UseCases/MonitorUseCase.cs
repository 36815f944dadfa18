using System.Globalization;
using System.Text.Json;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Monitoring;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// <c>po monitor</c>: STEP 8's daily check (CONTRACT §2, Resolution 16) — PORTFOLIO.md's age, sector caps, cash
/// buffer, the working stop-loss and target orders against today's prices, and every lot we protect read at its own
/// account's venue. It changes nothing at a venue; protective fills it finds are taken into the journal (once). The
/// report goes to <c>&lt;state&gt;/monitor/&lt;date&gt;/</c> as the Master-Architect's message and as JSON.
/// </summary>
public sealed class MonitorUseCase(PoEnvironment environment)
{
    public const string JsonFile = "monitor-report.json";

    public async Task<MonitorOutcome> RunAsync(MonitorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fixedNow = NowOption.Parse(request.Now);
        var when = fixedNow ?? environment.Clock.GetUtcNow();
        var problems = new List<InputProblem>();
        var snapshot = InputLoader.Read(environment, request.Portfolio, "portfolio", null, problems, (text, name) => PortfolioMarkdownReader.Read(text, name));
        var rules = request.Policy is { } policyPath
            ? InputLoader.Read(environment, policyPath, "policy", null, problems, (text, name) => PolicyReader.Read(text, name))
            : ExecutionPolicy.Default;
        if (problems.Count > 0 || snapshot is null || rules is null)
        {
            throw PoException.BadInput(InputLoader.Describe(problems));
        }

        var quotes = ReadPrices(request.Prices);
        var stateDirectory = environment.ResolvePath(request.State);
        using var state = StateHost.Open(stateDirectory);
        var tracked = ProtectionTracking.Tracked(await state.Journal.ListPositionLotsAsync(cancellationToken));
        var plan = TrackingVenues.Resolve(environment, request.Broker, request.Accounts, request.Live, [.. tracked.Select(p => p.Account).Distinct()]);
        await LotVenueCheck.EnsureAsync(state.Journal, tracked, plan, cancellationToken);
        var clock = EngineClock.For(plan.Spec.IsPaper && !AccountVenues.HasAlpaca(plan.Map), fixedNow, environment.Clock);
        using var venue = await TrackingVenues.OpenAsync(environment, plan, stateDirectory, clock, request.Live);

        var tracking = new ProtectionTracking(venue.Map, RunHost.Calendar, when);
        var readings = new List<TrackedPosition>();
        foreach (var position in tracked)
        {
            readings.Add(await tracking.ReadAsync(position, cancellationToken));
        }

        await TakeInAsync(state.Journal, readings, when, cancellationToken);
        var orders = venue.Broker is PaperVenue paper ? await paper.ListOrdersAsync(cancellationToken) : [.. readings.SelectMany(r => r.VenueOrders)];
        var report = DailyCheck.Run(new DailyCheckInputs
        {
            Portfolio = snapshot,
            Policy = rules,
            Orders = orders,
            Prices = quotes,
            Calendar = RunHost.Calendar,
            Now = when,
            Lots = [.. readings.SelectMany(r => r.Lots)],
            Fills = [.. readings.SelectMany(r => r.Fills)],
        });
        return Write(report, stateDirectory);
    }

    /// <summary>CONTRACT Resolution 15: what the venue reported (fills, statuses, shares no longer held) is recorded once, before anything else.</summary>
    internal static Task TakeInAsync(IPositionJournal journal, IReadOnlyList<TrackedPosition> readings, DateTimeOffset when, CancellationToken cancellationToken)
    {
        var changed = readings.Where(r => r.Changed || r.Events.Count > 0).ToList();
        return changed.Count == 0
            ? Task.CompletedTask
            : journal.CommitPositionsAsync(new PositionCommit(when, [.. changed.Select(r => r.After)], [.. changed.SelectMany(r => r.Events)]), cancellationToken);
    }

    private static MonitorOutcome Write(MonitorReport report, string stateDirectory)
    {
        var folder = Path.Combine(stateDirectory, "monitor", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var markdown = MonitorMarkdown.Render(report);
        var json = JsonSerializer.Serialize(report, ExecutionReportJson.Options) + "\n";
        AtomicFile.WriteAllText(Path.Combine(folder, MonitorMarkdown.FileName), markdown);
        AtomicFile.WriteAllText(Path.Combine(folder, JsonFile), json);
        return new MonitorOutcome(report, markdown, json, folder);
    }

    private Dictionary<string, decimal>? ReadPrices(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var problems = new List<InputProblem>();
        var prices = InputLoader.Read(environment, path, "prices", null, problems, (text, name) => PricesReader.Read(text, name));
        return prices is null ? throw PoException.BadInput(InputLoader.Describe(problems)) : new Dictionary<string, decimal>(prices);
    }
}
