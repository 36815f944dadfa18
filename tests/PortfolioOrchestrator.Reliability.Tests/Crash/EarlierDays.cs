using System.Text.Json;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Reliability.Tests.Crash;

/// <summary>
/// The state directory a scenario's earlier days left (they run without a fault, so every trial starts from
/// the same one): kept once, copied into each trial instead of running the earlier days again.
/// </summary>
public sealed class EarlierDays : IDisposable
{
    private readonly TempDirectory _copy = new("earlier-days");

    private EarlierDays(IReadOnlyList<string> runIds, IReadOnlyList<JsonElement> reports)
    {
        RunIds = runIds;
        Reports = reports;
    }

    public IReadOnlyList<string> RunIds { get; }

    public IReadOnlyList<JsonElement> Reports { get; }

    public static EarlierDays Keep(string state, IReadOnlyList<string> runIds, IReadOnlyList<JsonElement> reports)
    {
        var kept = new EarlierDays([.. runIds], [.. reports]);
        Copy(state, kept._copy.Path);
        return kept;
    }

    public void CopyTo(string state) => Copy(_copy.Path, state);

    public void Dispose() => _copy.Dispose();

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
