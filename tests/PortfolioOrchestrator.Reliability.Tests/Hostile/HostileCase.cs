namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>
/// One hostile <c>po run</c>: the texts of its input files (a null script or policy is not passed) and,
/// for cases that should succeed, a marker text that must reach the Markdown only escaped.
/// </summary>
public sealed record HostileCase(string Name, string Portfolio, string Qa, string? Script = null, string? Policy = null, string? Marker = null)
{
    public static HostileCase Sample(string name) =>
        new(name, Workspace.Sample("PORTFOLIO.md"), Workspace.Sample("qa-report.json"), Workspace.Sample("paper-script.json"));

    public override string ToString() => Name;
}
