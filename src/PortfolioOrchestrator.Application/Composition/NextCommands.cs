using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// The exact lines a person types next for a run (CONTRACT Resolutions 19 and 21): the <c>po decide</c>
/// lines for the escalation it is paused on and the <c>po resume</c> line, with <c>--state</c> when the
/// state directory is not the default one.
/// </summary>
public static class NextCommands
{
    public const string DefaultState = ".orchestrator";

    public static readonly IReadOnlyList<string> Decisions = ["approve", "defer", "halt"];

    public static string Resume(PoEnvironment environment, RunId runId, string stateDirectory) =>
        $"po resume {runId.Value}{StateSuffix(environment, stateDirectory)}";

    /// <summary>One line per decision: <c>po decide ID approve --by NAME</c>, then defer and halt.</summary>
    public static IReadOnlyList<string> Decide(PoEnvironment environment, EscalationId escalationId, string stateDirectory) =>
        [.. Decisions.Select(d => $"po decide {escalationId.Value} {d} --by NAME{StateSuffix(environment, stateDirectory)}")];

    /// <summary><c> --state DIR</c> unless the state directory is the default one, so a line can be typed as shown.</summary>
    public static string StateSuffix(PoEnvironment environment, string stateDirectory)
    {
        var full = environment.ResolvePath(stateDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (string.Equals(full, environment.ResolvePath(DefaultState).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            return string.Empty;
        }

        return full.Contains(' ', StringComparison.Ordinal) ? $" --state \"{full}\"" : $" --state {full}";
    }
}
