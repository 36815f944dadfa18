namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>
/// The venue's tables. Amounts are stored as invariant decimal text so nothing is rounded through a
/// double; times as ISO 8601 with offset. The order's broker id is derived from its row number.
/// The schema's version is SQLite's <c>user_version</c>: 0 is the first format (one cash balance,
/// positions by ticker), <see cref="CurrentVersion"/> keeps cash per account and holdings per
/// (account, ticker). <see cref="PaperMigration"/> moves an older file forward; nothing is dropped
/// that a person could still want to read.
/// </summary>
internal static class PaperSchema
{
    public const int CurrentVersion = 2;

    /// <summary>The first format, exactly as the first version wrote it (every later version starts from it).</summary>
    public const string Version1 = """
        CREATE TABLE IF NOT EXISTS account (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            opening_cash TEXT NOT NULL,
            cash TEXT NOT NULL,
            opened_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS orders (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            client_order_id TEXT NOT NULL UNIQUE,
            ticker TEXT NOT NULL,
            side TEXT NOT NULL,
            type TEXT NOT NULL,
            account TEXT NULL,
            notional TEXT NULL,
            quantity TEXT NULL,
            stop_price TEXT NULL,
            limit_price TEXT NULL,
            status TEXT NOT NULL,
            filled_quantity TEXT NOT NULL,
            filled_average_price TEXT NULL,
            filled_notional TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            filled_at TEXT NULL,
            reject_reason TEXT NULL,
            link_group TEXT NULL);
        CREATE TABLE IF NOT EXISTS fills (
            execution_id TEXT PRIMARY KEY,
            client_order_id TEXT NOT NULL REFERENCES orders (client_order_id),
            quantity TEXT NOT NULL,
            price TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS fills_by_order ON fills (client_order_id);
        CREATE TABLE IF NOT EXISTS positions (
            ticker TEXT PRIMARY KEY,
            quantity TEXT NOT NULL,
            cost TEXT NOT NULL);
        """;

    /// <summary>
    /// Version 2's additions. <c>account</c> becomes the venue's header (how it was opened);
    /// <c>account.cash</c> and the by-ticker <c>positions</c> table keep what version 1 wrote and are no
    /// longer updated. <c>cash_accounts</c> holds cash per account (the empty account is cash opened
    /// for no account in particular, which any account spends); <c>holdings</c> shares and cost per
    /// (account, ticker); <c>marks</c> the last price <c>po paper mark</c> set per ticker. An order's
    /// <c>reserved_quantity</c> is the shares an open sell by notional holds back; <c>trade_id</c> and
    /// <c>run_id</c> name what a protective order protects.
    /// </summary>
    public const string Version2 = """
        ALTER TABLE account ADD COLUMN opened_with TEXT NOT NULL DEFAULT 'cash';
        ALTER TABLE orders ADD COLUMN reserved_quantity TEXT NULL;
        ALTER TABLE orders ADD COLUMN trade_id TEXT NULL;
        ALTER TABLE orders ADD COLUMN run_id TEXT NULL;
        CREATE INDEX IF NOT EXISTS orders_by_holding ON orders (account, ticker, status);
        CREATE TABLE cash_accounts (
            account TEXT PRIMARY KEY,
            opening_cash TEXT NOT NULL,
            cash TEXT NOT NULL);
        CREATE TABLE holdings (
            account TEXT NOT NULL,
            ticker TEXT NOT NULL,
            quantity TEXT NOT NULL,
            cost TEXT NOT NULL,
            PRIMARY KEY (account, ticker));
        CREATE TABLE marks (
            ticker TEXT PRIMARY KEY,
            price TEXT NOT NULL,
            at TEXT NOT NULL);
        """;
}
