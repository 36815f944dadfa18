using Microsoft.Extensions.Time.Testing;
using PortfolioOrchestrator.Testing.Cli;
using PortfolioOrchestrator.Testing.Files;
using PortfolioOrchestrator.Testing.Processes;

namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>
/// A private copy of a version-1 fixture in a temp folder — its inputs, and its <c>state/</c> unless
/// only the inputs are wanted — where <c>po</c> runs in-process with that folder as working directory.
/// The checked-in fixture is never opened for writing.
/// </summary>
internal sealed class FixtureCopy : IDisposable
{
    private readonly TempDirectory _folder = new("journal-fixture");

    private FixtureCopy(string fixture, bool withState)
    {
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

    public string Directory => _folder.Path;

    public string State => Path.Combine(Directory, "state");

    /// <summary>The fixture's inputs and state directory.</summary>
    public static FixtureCopy Of(string fixture) => new(fixture, withState: true);

    /// <summary>Only the fixture's inputs, for a fresh run to compare with.</summary>
    public static FixtureCopy InputsOf(string fixture) => new(fixture, withState: false);

    /// <summary>Runs <c>po ARGS --state state</c>; <paramref name="clock"/> is the wall clock (what <c>po decide</c> stamps).</summary>
    public PoResult Po(DateTimeOffset clock, params string[] args) =>
        InProcessPo.Run(Directory, null, new FakeTimeProvider(clock), [.. args, "--state", "state"]);

    public void Dispose() => _folder.Dispose();
}
