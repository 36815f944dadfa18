using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>
/// The venue's books in its database: the account header, cash per account, holdings per (account,
/// ticker), the shares open sells hold back, and the prices <c>po paper mark</c> set. Runs inside the
/// store's transaction; not thread-safe (the venue serialises calls).
/// </summary>
internal sealed class PaperBook(PaperStore store)
{
    private const string OpenedWithPositions = "cash_and_positions";

    /// <summary>The order statuses in which a sell still holds back its shares.</summary>
    private const string OpenStatuses = "('New', 'Accepted', 'PartiallyFilled')";

    public PaperAccount? FindAccount()
    {
        var header = store.Query(
            "SELECT opened_at, opened_with FROM account WHERE id = 1;",
            r => (At: SqliteValues.Instant(r, 0), With: r.GetString(1))).SingleOrDefault();
        if (header == default)
        {
            return null;
        }

        var cash = ListCash();
        return new PaperAccount(
            cash.Aggregate(Money.Zero, (sum, c) => sum + c.OpeningCash),
            cash.Aggregate(Money.Zero, (sum, c) => sum + c.Cash),
            header.At,
            header.With == OpenedWithPositions)
        {
            Accounts = cash,
        };
    }

    /// <summary>Opens the venue with <paramref name="opening"/>'s cash and positions.</summary>
    public void Open(PaperOpening opening, DateTimeOffset at)
    {
        var total = opening.Cash.Aggregate(Money.Zero, (sum, c) => sum + c.Cash);
        store.Execute(
            "INSERT INTO account (id, opening_cash, cash, opened_at, opened_with) VALUES (1, $cash, $cash, $at, $with);",
            ("$cash", SqliteValues.Text(total)),
            ("$at", SqliteValues.Text(at)),
            ("$with", OpenedWithPositions));
        foreach (var cash in opening.Cash)
        {
            store.Execute(
                "INSERT INTO cash_accounts (account, opening_cash, cash) VALUES ($account, $cash, $cash);",
                ("$account", Key(cash.Account)),
                ("$cash", SqliteValues.Text(cash.Cash)));
        }

        foreach (var position in opening.Positions)
        {
            AddToHolding(position.Account, position.Ticker, position.Quantity, position.Cost);
        }
    }

    /// <summary>
    /// The cash an order for <paramref name="account"/> spends: the account's own, else cash opened for no
    /// account in particular; null where the venue has neither.
    /// </summary>
    public PaperCash? CashFor(AccountId account)
    {
        var cash = ListCash();
        return cash.FirstOrDefault(c => c.Account == account) ?? cash.FirstOrDefault(c => c.Account is null);
    }

    /// <summary>Adds <paramref name="delta"/> dollars to the cash <see cref="CashFor"/> names.</summary>
    public void AddCash(AccountId account, Money delta)
    {
        var cash = CashFor(account) ?? throw new InvalidOperationException($"The paper venue has no cash for account {account}.");
        store.Execute(
            "UPDATE cash_accounts SET cash = $cash WHERE account = $account;",
            ("$cash", SqliteValues.Text(cash.Cash + delta)),
            ("$account", Key(cash.Account)));
    }

    public void AddToHolding(AccountId account, Ticker ticker, decimal quantity, Money cost)
    {
        var current = FindHolding(account, ticker);
        store.Execute(
            "INSERT INTO holdings (account, ticker, quantity, cost) VALUES ($account, $ticker, $quantity, $cost) "
            + "ON CONFLICT (account, ticker) DO UPDATE SET quantity = excluded.quantity, cost = excluded.cost;",
            ("$account", account.Value),
            ("$ticker", ticker.Value),
            ("$quantity", SqliteValues.Text((current?.Quantity ?? 0m) + quantity)),
            ("$cost", SqliteValues.Text((current?.Cost ?? Money.Zero) + cost)));
    }

    /// <summary>The holding with its reserved shares, or null where the account never held the ticker.</summary>
    public PaperPosition? FindHolding(AccountId account, Ticker ticker) =>
        store.Query(
            "SELECT account, ticker, quantity, cost FROM holdings WHERE account = $account AND ticker = $ticker;",
            ReadHolding,
            ("$account", account.Value),
            ("$ticker", ticker.Value)).SingleOrDefault() is { } holding
            ? holding with { Reserved = Reserved(account, ticker) }
            : null;

    /// <summary>Shares held by <paramref name="account"/> in <paramref name="ticker"/> (0 where none).</summary>
    public decimal Held(AccountId account, Ticker ticker) => FindHolding(account, ticker)?.Quantity ?? 0m;

    public IReadOnlyList<PaperPosition> ListHoldings() =>
        [.. store.Query("SELECT account, ticker, quantity, cost FROM holdings ORDER BY account, ticker;", ReadHolding)
            .Select(h => h with { Reserved = Reserved(h.Account, h.Ticker) })];

    /// <summary>
    /// Shares held back by open sells of (<paramref name="account"/>, <paramref name="ticker"/>): each
    /// order's unfilled quantity (for a sell by notional, the shares it was accepted for), linked orders
    /// (one link group) counted once, at the largest of them.
    /// </summary>
    public decimal Reserved(AccountId account, Ticker ticker, IReadOnlySet<ClientOrderId>? excluding = null)
    {
        var open = store.Query(
            $"""
            SELECT client_order_id, link_group, COALESCE(quantity, reserved_quantity, '0'), filled_quantity FROM orders
            WHERE account = $account AND ticker = $ticker AND side = 'Sell' AND status IN {OpenStatuses};
            """,
            r => (Id: r.GetString(0), Group: SqliteValues.NullableString(r, 1) ?? "order:" + r.GetString(0), Left: SqliteValues.Decimal(r, 2) - SqliteValues.Decimal(r, 3)),
            ("$account", account.Value),
            ("$ticker", ticker.Value));
        return open.Where(o => excluding is null || !excluding.Contains(ClientOrderId.Create(o.Id))).GroupBy(o => o.Group, StringComparer.Ordinal).Sum(g => Math.Max(0m, g.Max(o => o.Left)));
    }

    /// <summary>The last price <c>po paper mark</c> set for <paramref name="ticker"/>, in dollars per share.</summary>
    public Money? MarkFor(Ticker ticker) =>
        store.Query("SELECT price FROM marks WHERE ticker = $ticker;", r => Money.FromDollars(SqliteValues.Decimal(r, 0)), ("$ticker", ticker.Value))
            .Select(m => (Money?)m)
            .SingleOrDefault();

    public void SetMark(Ticker ticker, Money price, DateTimeOffset at) =>
        store.Execute(
            "INSERT INTO marks (ticker, price, at) VALUES ($ticker, $price, $at) ON CONFLICT (ticker) DO UPDATE SET price = excluded.price, at = excluded.at;",
            ("$ticker", ticker.Value),
            ("$price", SqliteValues.Text(price)),
            ("$at", SqliteValues.Text(at)));

    private List<PaperCash> ListCash() =>
        store.Query(
            "SELECT account, opening_cash, cash FROM cash_accounts ORDER BY account;",
            r => new PaperCash(
                r.GetString(0) is { Length: > 0 } name ? AccountId.Create(name) : null,
                Money.FromDollars(SqliteValues.Decimal(r, 1)),
                Money.FromDollars(SqliteValues.Decimal(r, 2))));

    private static PaperPosition ReadHolding(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        AccountId.Create(r.GetString(0)),
        Ticker.Create(r.GetString(1)),
        SqliteValues.Decimal(r, 2),
        Money.FromDollars(SqliteValues.Decimal(r, 3)));

    private static string Key(AccountId? account) => account?.Value ?? string.Empty;
}
