using System.Globalization;
using System.Text.Json;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Steps.Step8;
using PortfolioOrchestrator.Journal;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Routing;
using PortfolioOrchestrator.Reporting.Tracking;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// <c>po protect</c>: STEP 8's "stop-loss and profit target tracking" (CONTRACT §2, Resolution 16) — makes each lot's
/// protective orders at its own account's venue match what the journal says: protective fills are taken in first,
/// then missing protection is placed, protection that expires soon or covers another quantity is canceled (confirmed
/// final) and placed again, and protection of lots that hold nothing is canceled. It holds the state directory's lock
/// as <c>po run</c> does. <c>--dry-run</c> reads the venues and the journal and changes neither. What could not be
/// repaired is routed to the Master-Architect (<c>&lt;state&gt;/protect/&lt;date&gt;/to-master-architect-protect.md</c>).
/// </summary>
public sealed class ProtectUseCase(PoEnvironment environment)
{
    public const string JsonFile = "protect-report.json";

    public async Task<ProtectOutcome> RunAsync(ProtectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fixedNow = NowOption.Parse(request.Now);
        var stateDirectory = environment.ResolvePath(request.State);
        using var state = request.DryRun ? null : StateHost.Open(stateDirectory);
        using var readOnly = request.DryRun ? ReadOnlyState.OpenJournal(environment, request.State) : null;
        SqliteJournal journal = state?.Journal ?? readOnly!;
        var tracked = ProtectionTracking.Tracked(await journal.ListPositionLotsAsync(cancellationToken));
        var plan = TrackingVenues.Resolve(environment, request.Broker, request.Accounts, request.Live, [.. tracked.Select(p => p.Account).Distinct()]);
        await LotVenueCheck.EnsureAsync(journal, tracked, plan, cancellationToken);
        var clock = EngineClock.For(plan.Spec.IsPaper && !AccountVenues.HasAlpaca(plan.Map), fixedNow, environment.Clock);
        var when = clock.Clock.GetUtcNow();
        // Nothing to read, nothing to open: a state directory without protected lots stays as it is.
        using var venue = tracked.Count == 0 ? null : await TrackingVenues.OpenAsync(environment, plan, stateDirectory, clock, request.Live);

        var tracking = new ProtectionTracking(venue?.Map ?? VenueMap.ByAccount(new Dictionary<Domain.Primitives.AccountId, IBroker>()), RunHost.Calendar, when);
        var lots = new List<TrackedLot>();
        var actions = new List<ProtectAction>();
        var unprotected = new List<string>();
        var problems = new List<string>();
        var unavailable = false;
        foreach (var position in tracked)
        {
            var reading = await tracking.ReadAsync(position, cancellationToken);
            if (!request.DryRun)
            {
                await MonitorUseCase.TakeInAsync(journal, [reading], when, cancellationToken);
            }

            lots.AddRange(reading.Lots.Select(l => TrackedLot.From(l, LotFindings.StatusOf(l))));
            if (reading.Unread)
            {
                unavailable = true;
                problems.Add($"{position.Ticker} ({position.Account}): its protective orders or held shares could not be read at the venue; nothing was repaired for it");
                continue;
            }

            var repairs = RepairPlanner.Plan(reading.Lots);
            if (request.DryRun)
            {
                actions.AddRange(Preview(reading, repairs, venue!.Map.For(position.Account).ProtectsWholeSharesOnly));
                continue;
            }

            var broker = venue!.Map.For(position.Account);
            var result = await new ProtectionRepair(broker, journal, clock.Waiter, when).ApplyAsync(reading, repairs, cancellationToken);
            actions.AddRange(result.Actions);
            unprotected.AddRange(result.Unprotected);
            problems.AddRange(result.Problems);
        }

        var report = new ProtectReport
        {
            Date = RunHost.Calendar.LocalDate(when),
            Status = problems.Count > 0 ? ProtectStatus.NotRepaired : actions.Count > 0 ? ProtectStatus.Repaired : ProtectStatus.NothingToDo,
            DryRun = request.DryRun,
            Actions = actions,
            Unprotected = unprotected,
            Problems = problems,
            Lots = lots,
        };
        var outcome = Publish(report, request.DryRun ? null : stateDirectory);
        return unavailable
            ? throw PoException.VenueUnavailable($"venue unavailable: {string.Join("; ", problems)}{(outcome.Folder is { } folder ? $". What was done is in {Path.Combine(folder, JsonFile)}" : string.Empty)}; run po protect again when the venue answers")
            : outcome;
    }

    /// <summary>What the repair would do, without a venue call that changes anything (CONTRACT §2, <c>--dry-run</c>).</summary>
    private static IEnumerable<ProtectAction> Preview(TrackedPosition reading, IReadOnlyList<LotRepair> repairs, bool wholeSharesOnly)
    {
        foreach (var repair in repairs.Where(r => r.Cancel.Count > 0))
        {
            yield return new ProtectAction(repair.Account.Value, repair.Ticker.Value, repair.Lot.Value, "cancel", [.. repair.Because.Select(TrackingNames.Of)], [.. repair.Cancel.Select(i => i.Value)], null, null, "planned", null);
        }

        var canceled = repairs.SelectMany(r => r.Cancel).ToHashSet();
        foreach (var repair in repairs.Where(r => r.Place is not null))
        {
            var others = reading.After.Lots.Where(l => l.Id != repair.Lot)
                .Sum(l => Domain.Positions.ProtectiveSlices.Covered(l.OpenProtectiveOrders.Where(o => !canceled.Contains(o.ClientOrderId))));
            var shares = repair.Place!.SharesFor(reading.After.Find(repair.Lot)!, reading.Held ?? 0m, others, wholeSharesOnly);
            if (shares <= 0m)
            {
                continue;
            }

            yield return new ProtectAction(repair.Account.Value, repair.Ticker.Value, repair.Lot.Value, "place", [.. repair.Because.Select(TrackingNames.Of)], [], repair.Place.Generation, shares, "planned", null);
        }
    }

    private static ProtectOutcome Publish(ProtectReport report, string? stateDirectory)
    {
        var markdown = ProtectMarkdown.Render(report);
        var json = JsonSerializer.Serialize(report, ExecutionReportJson.Options) + "\n";
        if (stateDirectory is null)
        {
            return new ProtectOutcome(report, markdown, json, null);
        }

        var folder = Path.Combine(stateDirectory, "protect", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, JsonFile), json);
        if (report.Problems.Count > 0)
        {
            // What could not be repaired goes to the Master-Architect, as the daily check's findings do.
            AtomicFile.WriteAllText(Path.Combine(folder, ProtectMarkdown.FileName), markdown);
        }

        return new ProtectOutcome(report, markdown, json, folder);
    }
}
