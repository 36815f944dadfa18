using PortfolioOrchestrator.Paper;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// <c>po paper account</c>: the venue's cash per account and its positions (CONTRACT §6), and how it was
/// opened — with the portfolio's positions, or by an earlier version with cash only (never re-seeded).
/// </summary>
public sealed record PaperAccountView(
    bool Opened,
    bool OpenedWithPositions,
    string? Note,
    decimal Cash,
    IReadOnlyList<PaperAccountView.AccountCash> Accounts,
    IReadOnlyList<PaperAccountView.Holding> Positions,
    int Orders)
{
    /// <summary>What an earlier version's venue is told to a person.</summary>
    public const string CashOnlyNote =
        "This paper venue was opened by an earlier version with cash only: it holds no positions from PORTFOLIO.md and is never re-seeded, "
        + "so a sell of shares it does not hold is rejected. Use a new --state directory to open a venue with the portfolio's positions.";

    /// <summary>One account's cash, in dollars; a null account is cash any account spends.</summary>
    public sealed record AccountCash(string? Account, decimal OpeningCash, decimal Cash);

    /// <summary>Shares held, held back by open sells, and free to sell; cost in dollars.</summary>
    public sealed record Holding(string Account, string Symbol, decimal Qty, decimal ReservedQty, decimal AvailableQty, decimal Cost);

    public static PaperAccountView Of(PaperAccount? account, IReadOnlyList<PaperPosition> positions, int orders) => new(
        account is not null,
        account?.OpenedWithPositions ?? false,
        account is { OpenedWithPositions: false } ? CashOnlyNote : null,
        account?.Cash.Dollars ?? 0m,
        [.. (account?.Accounts ?? []).Select(a => new AccountCash(a.Account?.Value, a.OpeningCash.Dollars, a.Cash.Dollars))],
        [.. positions.Select(p => new Holding(p.Account.Value, p.Ticker.Value, p.Quantity, p.Reserved, p.Available, p.Cost.Dollars))],
        orders);
}
