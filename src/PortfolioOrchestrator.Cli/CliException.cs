namespace PortfolioOrchestrator.Cli;

/// <summary>Ends a command with an exit code and a message for the person (no stack trace).</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException BadInput(string message) => new(ExitCodes.BadInput, message);
}
