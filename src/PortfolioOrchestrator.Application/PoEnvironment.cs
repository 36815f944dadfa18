using System.Collections;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Journal;

namespace PortfolioOrchestrator.Application;

/// <summary>What the command line reads from and writes to: streams, variables, the clock, the working folder.</summary>
public sealed record PoEnvironment(
    TextWriter Out,
    TextWriter Error,
    IReadOnlyDictionary<string, string?> Variables,
    TimeProvider Clock,
    string WorkingDirectory)
{
    public static PoEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string;
        }

        return new PoEnvironment(Console.Out, Console.Error, variables, TimeProvider.System, Directory.GetCurrentDirectory());
    }

    /// <summary>
    /// Wraps the state directory's journal that <c>po run</c> and <c>po resume</c> execute against, for a
    /// host that composes this command line with a decorator of its own. <c>po</c> leaves the journal as it is.
    /// </summary>
    public Func<IJournal, IJournal> DecorateJournal { get; init; } = static journal => journal;

    /// <summary>
    /// Wraps each venue the engine of <c>po run</c> and <c>po resume</c> calls, for a host that composes this
    /// command line with a decorator of its own. <c>po</c> leaves the venues as they are.
    /// </summary>
    public Func<IBroker, IBroker> DecorateVenue { get; init; } = static venue => venue;

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
