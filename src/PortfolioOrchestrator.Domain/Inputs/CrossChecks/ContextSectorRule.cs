using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Inputs.CrossChecks;

/// <summary>
/// CONTRACT Resolution 13 for the QA context: each of its sectors takes PORTFOLIO.md's name for it; one
/// that PORTFOLIO.md does not hold is a warning, since its drift since approval (STEP 2A) cannot be measured.
/// </summary>
internal static class ContextSectorRule
{
    public static QaPortfolioContext Apply(PortfolioSnapshot portfolio, QaPortfolioContext context, List<string> warnings)
    {
        var renamed = new Dictionary<SectorName, Ratio>();
        foreach (var (sector, allocation) in context.SectorAllocations)
        {
            var held = portfolio.SectorValues.Keys.Where(s => s == sector).Select(s => (SectorName?)s).FirstOrDefault();
            if (held is null)
            {
                warnings.Add($"The QA report's portfolio_context names sector {sector} ({allocation}), which PORTFOLIO.md does not hold: its drift since approval cannot be measured");
            }

            renamed[held ?? sector] = allocation;
        }

        return context with { SectorAllocations = renamed };
    }
}
