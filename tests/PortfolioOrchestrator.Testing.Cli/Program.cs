using System.Globalization;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Cli;
using PortfolioOrchestrator.Testing.Cli;
using PortfolioOrchestrator.Testing.Processes;

// `po` exactly, except that with PO_CRASH_AFTER_COMMITS=N the journal of run and resume kills the
// process right after its Nth durable commit.
var environment = PoEnvironment.FromProcess();
if (environment.Variables.GetValueOrDefault(PoProcess.CrashAfterCommitsVariable) is { } text
    && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var commits) && commits > 0)
{
    environment = environment with { DecorateJournal = journal => new CrashAfterCommitsJournal(journal, commits) };
}

return await PoApplication.RunAsync(args, environment);
