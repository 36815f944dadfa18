using System.Text.Json;

namespace PortfolioOrchestrator.Testing.Processes;

/// <summary>How one <c>po</c> invocation ended: its exit code and what it wrote on stdout and stderr.</summary>
public sealed record PoResult(int ExitCode, string Out, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Out).RootElement;

    /// <summary>A .NET stack trace line or an unhandled-exception banner.</summary>
    public bool HasStackTrace =>
        Error.Contains("   at ", StringComparison.Ordinal) || Error.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase) ||
        Out.Contains("   at ", StringComparison.Ordinal) || Out.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Truncate(Out)}\n--- stderr\n{Truncate(Error)}";

    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}
