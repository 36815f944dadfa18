using System.Diagnostics;

namespace PortfolioOrchestrator.Cli.Tests.People;

/// <summary>
/// CONTRACT §2: <c>dotnet pack</c> of the CLI project gives a package that <c>dotnet tool install</c> installs as
/// the command <c>po</c>. Packs the already built project, installs it into a private tool path from a folder
/// feed (no other source), and runs it.
/// </summary>
public sealed class DotnetToolTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);
    private readonly PoHarness _po = new();

    public void Dispose() => _po.Dispose();

    [SkippableFact]
    public void The_packed_tool_installs_from_a_folder_into_a_tool_path_and_runs_as_po()
    {
        var project = CliProject();
        Skip.If(project is null, "the source tree is not beside the test binaries, so there is no CLI project to pack");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var feed = Path.Combine(_po.Directory, "feed");
        var tools = Path.Combine(_po.Directory, "tools");
        _po.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var pack = Dotnet("pack", project!, "-c", configuration, "--no-build", "-o", feed);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var install = Dotnet("tool", "install", "po", "--tool-path", tools, "--configfile", Path.Combine(_po.Directory, "nuget.config"));
        Assert.True(install.ExitCode == 0, install.ToString());

        var version = Run(Path.Combine(tools, "po"), "--version");
        var help = Run(Path.Combine(tools, "po"), "--help");
        var demo = Run(Path.Combine(tools, "po"), "demo", "--state", Path.Combine(_po.Directory, "state"));

        Assert.True(version.ExitCode == 0 && version.Out.Trim().Length > 0, version.ToString());
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("resume", help.Out, StringComparison.Ordinal);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains("execution-report.md", demo.Out, StringComparison.Ordinal);
    }

    private static string? CliProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "PortfolioOrchestrator.Cli", "PortfolioOrchestrator.Cli.csproj");
            if (File.Exists(project))
            {
                return project;
            }
        }

        return null;
    }

    private PoResult Dotnet(params string[] args) => Run("dotnet", args);

    private PoResult Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = _po.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A private package cache: an earlier build's package of the same version is never installed instead.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_po.Directory, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (Path.GetDirectoryName(Environment.ProcessPath) is { } host && File.Exists(Path.Combine(host, "dotnet")))
        {
            start.Environment["DOTNET_ROOT"] = host;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not end within {Limit}");
        }

        process.WaitForExit();
        return new PoResult(process.ExitCode, output.Result, error.Result);
    }
}
