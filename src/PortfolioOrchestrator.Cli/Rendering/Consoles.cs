using System.Globalization;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary>
/// Spectre consoles over the command's own writers, so tests can render into a StringWriter. The width is
/// the terminal's; <c>COLUMNS</c> overrides it, and redirected output without it is drawn 160 wide.
/// </summary>
public static class Consoles
{
    public const int RedirectedWidth = 160;

    public static IAnsiConsole For(PoEnvironment environment)
    {
        var writer = environment.Out;
        var interactive = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (Columns(environment) is { } columns)
        {
            console.Profile.Width = columns;
        }
        else if (!interactive)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Whether the console is narrow (under 100 columns): tables then pack tighter.</summary>
    public static bool IsNarrow(IAnsiConsole console) => console.Profile.Width < 100;

    private static int? Columns(PoEnvironment environment) =>
        environment.Variables.GetValueOrDefault("COLUMNS") is { } text
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var columns)
        && columns >= 40
            ? columns
            : null;
}
