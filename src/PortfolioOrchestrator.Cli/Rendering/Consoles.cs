using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>Spectre consoles over the command's own writers, so tests can render into a StringWriter.</summary>
public static class Consoles
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var interactive = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no terminal width; wide enough that tables do not wrap.
            console.Profile.Width = 160;
        }

        return console;
    }
}
