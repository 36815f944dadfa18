using System.CommandLine;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>Options every verb takes (CONTRACT §2).</summary>
public sealed class CommonOptions
{
    public Option<string> State { get; } = new("--state")
    {
        Description = "State directory holding the journal and the paper venue",
        DefaultValueFactory = _ => ".orchestrator",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine-readable output on stdout, nothing else there (logs go to stderr)",
        Recursive = true,
    };

    public static Option<string?> Routing() => new("--routing")
    {
        Description = "JSON file saying where each recipient's message goes: outbox (default), webhook, or both",
    };

    public static Option<string?> Now() => new("--now")
    {
        Description = "Fix the clock (ISO 8601 with offset); on the paper venue time is then simulated",
    };

    /// <summary><c>--refresh MODE</c> (CONTRACT Resolution 24); read with <see cref="Application.Composition.RefreshComposition.Parse"/>.</summary>
    public static Option<string?> Refresh() => new(Application.Composition.RefreshComposition.OptionName)
    {
        Description = "Who refreshes a stale portfolio at STEP 2C: venue (default), command:CMD (Portfolio-Persona's tool, run with /bin/sh -c) or persona (a routed request, then a watch of PORTFOLIO.md)",
        HelpName = "MODE",
    };

    /// <summary><c>--accounts FILE</c> (CONTRACT §7): each PORTFOLIO.md account mapped to its own venue.</summary>
    public static Option<string?> Accounts() => new("--accounts")
    {
        Description = "JSON file mapping each PORTFOLIO.md account to its venue: paper, or alpaca with the names of the variables holding its key and secret (docs/accounts.md)",
        HelpName = "FILE",
    };
}
