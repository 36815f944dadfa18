using System.Globalization;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Cli;
using PortfolioOrchestrator.Testing.Cli;
using PortfolioOrchestrator.Testing.Processes;

// `po` exactly, except that with PO_CRASH_AFTER_COMMITS=N the journal of run and resume kills the
// process right after its Nth durable commit, and with PO_CRASH_AFTER_VENUE_CALLS=N the venues kill it
// right after their Nth call.
var environment = PoEnvironment.FromProcess();
if (Setting(environment, PoProcess.CrashAfterCommitsVariable) is { } commits)
{
    environment = environment with { DecorateJournal = journal => new CrashAfterCommitsJournal(journal, commits) };
}

if (Setting(environment, PoProcess.CrashAfterVenueCallsVariable) is { } calls)
{
    var counter = new VenueCallCounter(calls);
    environment = environment with { DecorateVenue = venue => new CrashAfterVenueCallsBroker(venue, counter) };
}

return await PoApplication.RunAsync(args, environment);

static int? Setting(PoEnvironment environment, string name) =>
    environment.Variables.GetValueOrDefault(name) is { } text
    && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
