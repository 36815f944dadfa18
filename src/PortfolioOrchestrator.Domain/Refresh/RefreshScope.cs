namespace PortfolioOrchestrator.Domain.Refresh;

/// <summary>QUICK_REFRESH (cash and the target accounts) or FULL_REFRESH (everything), STEP 2C.</summary>
public enum RefreshScope
{
    Quick,
    Full,
}
