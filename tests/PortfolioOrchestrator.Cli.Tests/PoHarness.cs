using System.Diagnostics;
using System.Text.Json;
using PortfolioOrchestrator.Cli;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>Runs <c>po</c> in-process over string writers, in a private working folder.</summary>
public sealed class PoHarness : IDisposable
{
    public PoHarness()
    {
        Directory = Path.Combine(Path.GetTempPath(), "po-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    public string Sample(string name) => Path.Combine(SamplesDirectory, name);

    public string Write(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteSample(string sampleName, string targetName, Func<string, string> edit) =>
        Write(targetName, edit(File.ReadAllText(Sample(sampleName))));

    public PoResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Variables, TimeProvider.System, Directory);
        var exit = PoApplication.RunAsync(args, environment).GetAwaiter().GetResult();
        return new PoResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built <c>po.dll</c> as a real child process.</summary>
    public PoResult RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "po.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("po did not finish in two minutes");
        }

        return new PoResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record PoResult(int ExitCode, string Out, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Out).RootElement;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
