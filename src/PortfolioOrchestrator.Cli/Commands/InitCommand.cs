using System.CommandLine;
using System.Text.Json;
using PortfolioOrchestrator.Cli.Init;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po init [DIR]</c>: writes the starting files; refuses (exit 2, writing nothing) if any of them exists.</summary>
public static class InitCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var folder = new Argument<string>("DIR") { Description = "Where to write them (default: the current folder)", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
        var command = new Command("init", "Write commented starting files: PORTFOLIO.md, qa-report.json, policy.json, routing.json, accounts.json") { folder };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var directory = environment.ResolvePath(result.GetValue(folder)!);
            var files = StarterFiles.For(environment.Clock.GetUtcNow()).Select(f => (Path: Path.Combine(directory, f.Name), f.Text)).ToList();
            var existing = files.Where(f => File.Exists(f.Path) || Directory.Exists(f.Path)).Select(f => f.Path).ToList();
            if (existing.Count > 0)
            {
                throw PoException.BadInput($"po init writes nothing over existing files; already there: {string.Join(", ", existing)}. Choose another folder or move them aside.");
            }

            Directory.CreateDirectory(directory);
            foreach (var (path, text) in files)
            {
                await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\n"), cancellationToken);
            }

            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(new { directory, files = files.Select(f => f.Path) }));
            }
            else
            {
                await environment.Out.WriteLineAsync($"Wrote starting files in {directory}:");
                foreach (var (path, _) in files)
                {
                    await environment.Out.WriteLineAsync("  " + Path.GetFileName(path));
                }

                await environment.Out.WriteLineAsync("Check them with: po validate --portfolio PORTFOLIO.md --qa qa-report.json --policy policy.json (START-HERE.md says more)");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
