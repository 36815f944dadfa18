using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Portfolio;

/// <summary>A row of PORTFOLIO.md's Sector Allocations table as written; the positions are the authority.</summary>
public sealed record StatedSectorAllocation(SectorName Sector, Money? Value, Ratio? Allocation);
