using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Reporting.Numbers;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Monitoring;

/// <summary>Each sector of PORTFOLIO.md's positions against the cap; a sector above it is a finding.</summary>
internal static class SectorCapCheck
{
    public const string Pass = "PASS";
    public const string Fail = "FAIL";

    public static IReadOnlyList<MonitorSector> Sectors(PortfolioSnapshot portfolio, ExecutionPolicy policy) =>
    [
        .. portfolio.SectorValues.Keys
            .Select(sector => (Name: sector.Value, Allocation: portfolio.AllocationOf(sector)))
            .Select(s => new MonitorSector(s.Name, ReportRatio.Of(s.Allocation), ReportRatio.Of(policy.SectorCap), policy.IsOverSectorCap(s.Allocation) ? Fail : Pass)),
    ];

    public static IEnumerable<MonitorFinding> Findings(IEnumerable<MonitorSector> sectors) =>
        sectors.Where(s => s.Status == Fail).Select(s => MonitorFinding.Of(
            MonitorFindingKinds.SectorCap,
            $"{s.Sector} at {Percent(s.Allocation)} is over the {Percent(s.Cap)} sector cap"));
}
