namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// The options of <c>po run</c> as typed. A face that has the inputs' content rather than files gives
/// <see cref="Documents"/> (then <see cref="Portfolio"/>, <see cref="Qa"/> and <see cref="Policy"/> only name them)
/// and the paper script's content as <see cref="ScriptText"/>.
/// </summary>
public sealed record RunOptions(
    string Portfolio,
    string Qa,
    string? Broker,
    string? Now,
    string? Out,
    string State,
    string? Policy,
    bool DryRun,
    bool Json,
    string? Routing = null,
    string? Refresh = null,
    string? Accounts = null)
{
    public InputDocuments? Documents { get; init; }

    public string? ScriptText { get; init; }
}
