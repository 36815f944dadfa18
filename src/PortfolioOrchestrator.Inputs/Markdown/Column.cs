namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>The columns PORTFOLIO.md's tables are read for.</summary>
internal enum Column
{
    Ticker,
    Account,
    Sector,
    Quantity,
    Price,
    MarketValue,
    Cash,
    Type,
    Allocation,
}
