using PortfolioOrchestrator.Domain.Portfolio;

namespace PortfolioOrchestrator.Domain.Refresh;

/// <summary>
/// The portfolio a completed STEP 2C refresh delivered, which STEP 3 onwards execute on (CONTRACT
/// Resolution 24): who delivered it and, when it came as a PORTFOLIO.md, that file's text.
/// </summary>
public sealed record RefreshedPortfolio(PortfolioSnapshot Portfolio, RefreshSource Source, string? Text);
