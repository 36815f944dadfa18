using Microsoft.Extensions.Time.Testing;
using PortfolioOrchestrator.Cli;

namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>
/// A private copy of a version-1 fixture in a temp folder — its inputs, and its <c>state/</c> unless
/// only the inputs are wanted — where <c>po</c> runs in-process with that folder as working directory.
/// The checked-in fixture is never opened for writing.
/// </summary>
internal sealed class FixtureCopy : IDisposable
{
    private FixtureCopy(string fixture, bool withState)
    {
        Directory = Path.Combine(Path.GetTempPath(), "po-journal-fixtures", Guid.NewGuid().ToString("N"));
        var source = VersionOne.StateDirectory(fixture);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!withState && relative.StartsWith("state", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(Directory, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string State => Path.Combine(Directory, "state");

    /// <summary>The fixture's inputs and state directory.</summary>
    public static FixtureCopy Of(string fixture) => new(fixture, withState: true);

    /// <summary>Only the fixture's inputs, for a fresh run to compare with.</summary>
    public static FixtureCopy InputsOf(string fixture) => new(fixture, withState: false);

    /// <summary>Runs <c>po ARGS --state state</c>; <paramref name="clock"/> is the wall clock (what <c>po decide</c> stamps).</summary>
    public PoOutcome Po(DateTimeOffset clock, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, new Dictionary<string, string?>(), new FakeTimeProvider(clock), Directory);
        var exit = PoApplication.RunAsync([.. args, "--state", "state"], environment).GetAwaiter().GetResult();
        return new PoOutcome(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>What one in-process <c>po</c> command did.</summary>
internal sealed record PoOutcome(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
