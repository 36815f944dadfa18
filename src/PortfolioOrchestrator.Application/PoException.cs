using PortfolioOrchestrator.Domain.Inputs;

namespace PortfolioOrchestrator.Application;

/// <summary>
/// Ends a command with an exit code and a message for the person (no stack trace); with <c>--json</c>
/// it is CONTRACT Resolution 20's error object, carrying its <see cref="Kind"/>, run and problems.
/// </summary>
public sealed class PoException(int exitCode, string message, string kind = ErrorKinds.Internal) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>One of <see cref="ErrorKinds"/>.</summary>
    public string Kind { get; } = kind;

    /// <summary>The run concerned, when one exists.</summary>
    public string? RunId { get; init; }

    /// <summary>Each thing wrong with an input (bad input only).</summary>
    public IReadOnlyList<InputProblem> Problems { get; init; } = [];

    public static PoException BadInput(string message, IReadOnlyList<InputProblem>? problems = null) =>
        new(ExitCodes.BadInput, message, ErrorKinds.BadInput) { Problems = problems ?? [] };

    /// <summary>Bad input listing every problem, each naming its file, line or field and what was expected.</summary>
    public static PoException BadInput(IReadOnlyList<InputProblem> problems) =>
        BadInput("bad input:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)), problems);

    public static PoException VenueUnavailable(string message, string? runId = null) =>
        new(ExitCodes.InternalError, message, ErrorKinds.VenueUnavailable) { RunId = runId };

    public static PoException StateUnavailable(string message, string? runId = null) =>
        new(ExitCodes.InternalError, message, ErrorKinds.StateUnavailable) { RunId = runId };
}
