using System.Collections;

namespace PortfolioOrchestrator.Cli;

/// <summary>What the command line reads from and writes to: streams, variables, the clock, the working folder.</summary>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    IReadOnlyDictionary<string, string?> Variables,
    TimeProvider Clock,
    string WorkingDirectory)
{
    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string;
        }

        return new CliEnvironment(Console.Out, Console.Error, variables, TimeProvider.System, Directory.GetCurrentDirectory());
    }

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
