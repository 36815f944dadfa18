using PortfolioOrchestrator.Cli;

namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>Runs the <c>po</c> command line in this process (fast, for many cases); an exception that escapes it fails the case.</summary>
public static class InProcessPo
{
    private static readonly IReadOnlyDictionary<string, string?> NoVariables = new Dictionary<string, string?>();

    public static PoResult Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, NoVariables, TimeProvider.System, workingDirectory);
        var exit = PoApplication.RunAsync(args, environment).GetAwaiter().GetResult();
        return new PoResult(exit, output.ToString(), error.ToString());
    }
}
