using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Cli;
using PortfolioOrchestrator.Testing.Processes;

namespace PortfolioOrchestrator.Testing.Cli;

/// <summary>Runs the <c>po</c> command line in this process over string writers (fast; an exception that escapes it fails the test).</summary>
public static class InProcessPo
{
    private static readonly IReadOnlyDictionary<string, string?> NoVariables = new Dictionary<string, string?>();

    public static PoResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, null, args);

    /// <summary>With these environment <paramref name="variables"/> and <paramref name="clock"/> (the wall clock; the system's when null).</summary>
    public static PoResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? variables, TimeProvider? clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new PoEnvironment(output, error, variables ?? NoVariables, clock ?? TimeProvider.System, workingDirectory);
        var exit = PoApplication.RunAsync(args, environment).GetAwaiter().GetResult();
        return new PoResult(exit, output.ToString(), error.ToString());
    }
}
