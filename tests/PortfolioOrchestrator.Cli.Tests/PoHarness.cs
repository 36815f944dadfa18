using PortfolioOrchestrator.Testing.Cli;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>Runs <c>po</c> in-process over string writers, in a private working folder.</summary>
public sealed class PoHarness : IDisposable
{
    private readonly TempDirectory _folder = new("cli");

    public string Directory => _folder.Path;

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    public string Sample(string name) => Path.Combine(SamplesDirectory, name);

    public string Write(string name, string content) => _folder.Write(name, content);

    public string WriteSample(string sampleName, string targetName, Func<string, string> edit) =>
        Write(targetName, edit(File.ReadAllText(Sample(sampleName))));

    public PoResult Run(params string[] args) => InProcessPo.Run(Directory, Variables, null, args);

    /// <summary>Runs the built <c>po.dll</c> as a real child process with the harness's variables.</summary>
    public PoResult RunProcess(params string[] args) => PoProcess.Run(Directory, Variables, args);

    public void Dispose() => _folder.Dispose();
}
