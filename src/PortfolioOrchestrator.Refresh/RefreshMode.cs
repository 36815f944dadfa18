namespace PortfolioOrchestrator.Refresh;

public enum RefreshModeKind
{
    /// <summary>The venue's figures (the default).</summary>
    Venue,

    /// <summary>Portfolio-Persona's own tool, run through <c>/bin/sh -c</c>.</summary>
    Command,

    /// <summary>A routed request to Portfolio-Persona, then a watch of PORTFOLIO.md.</summary>
    Persona,
}

/// <summary>
/// <c>--refresh MODE</c> (CONTRACT Resolution 24): <c>venue</c>, <c>command:CMD</c> or <c>persona</c>. The
/// words are matched ignoring case; <see cref="Command"/> is everything after <c>command:</c>, as typed.
/// <see cref="ToString"/> gives the text back, so a run can keep it and be resumed the same way.
/// </summary>
public sealed record RefreshMode
{
    /// <summary>What the option takes, for messages.</summary>
    public const string Expectation = "venue, command:CMD (a shell command that writes PORTFOLIO.md) or persona";

    private const string CommandPrefix = "command:";

    private RefreshMode(RefreshModeKind kind, string? command)
    {
        Kind = kind;
        Command = command;
    }

    public static RefreshMode Venue { get; } = new(RefreshModeKind.Venue, null);

    public static RefreshMode Persona { get; } = new(RefreshModeKind.Persona, null);

    public RefreshModeKind Kind { get; }

    /// <summary>The shell command of <c>command:CMD</c>; null for the other modes.</summary>
    public string? Command { get; }

    public static RefreshMode OfCommand(string command)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        return new(RefreshModeKind.Command, command);
    }

    /// <summary>Reads a mode; null (the option not given) is <see cref="Venue"/>. On failure <paramref name="mode"/> is null.</summary>
    public static bool TryParse(string? text, out RefreshMode? mode)
    {
        mode = text switch
        {
            null => Venue,
            _ when string.Equals(text.Trim(), "venue", StringComparison.OrdinalIgnoreCase) => Venue,
            _ when string.Equals(text.Trim(), "persona", StringComparison.OrdinalIgnoreCase) => Persona,
            _ when text.TrimStart().StartsWith(CommandPrefix, StringComparison.OrdinalIgnoreCase)
                && text.TrimStart()[CommandPrefix.Length..] is { } command && !string.IsNullOrWhiteSpace(command) => OfCommand(command),
            _ => null,
        };
        return mode is not null;
    }

    public override string ToString() => Kind switch
    {
        RefreshModeKind.Command => CommandPrefix + Command,
        RefreshModeKind.Persona => "persona",
        _ => "venue",
    };
}
