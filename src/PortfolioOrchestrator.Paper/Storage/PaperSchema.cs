namespace PortfolioOrchestrator.Paper.Storage;

/// <summary>
/// The venue's tables. Amounts are stored as invariant decimal text so nothing is rounded through a
/// double; times as ISO 8601 with offset. The order's broker id is derived from its row number.
/// </summary>
internal static class PaperSchema
{
    public const string Create = """
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
}
