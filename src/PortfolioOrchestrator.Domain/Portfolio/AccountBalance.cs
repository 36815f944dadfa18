using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Portfolio;

/// <summary>A row of PORTFOLIO.md's Accounts table: the account, its type as written, its cash in dollars.</summary>
public sealed record AccountBalance(AccountId Account, string Type, Money Cash);
