namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>
/// The journal's schema as an ordered list of steps. A released step is never edited: a change is a
/// new step with the next version (docs/journal.md, migration policy).
/// </summary>
internal static class JournalSchema
{
    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, Version1),
        new(2, Version2),
        new(3, Version3),
        new(4, Version4),
        new(5, Version5),
    ];

    public static int CurrentVersion => SchemaMigrator.LatestVersion(Migrations);

    // STEP 8's tracking outside any run (po monitor, po protect; CONTRACT Resolution 16): what was found and done
    // per position, appended before and after each venue call; append-only like events.
    private const string Version5 = """
        CREATE TABLE position_events (
            seq        INTEGER PRIMARY KEY AUTOINCREMENT,
            at         TEXT NOT NULL,
            account_id TEXT NOT NULL,
            ticker     TEXT NOT NULL,
            kind       TEXT NOT NULL,
            detail     TEXT NOT NULL
        );
        CREATE TRIGGER position_events_are_append_only_update BEFORE UPDATE ON position_events
        BEGIN SELECT RAISE(ABORT, 'position events are append-only'); END;
        CREATE TRIGGER position_events_are_append_only_delete BEFORE DELETE ON position_events
        BEGIN SELECT RAISE(ABORT, 'position events are append-only'); END;
        """;

    // The MCP server's tool calls (CONTRACT §8): one row a call, whatever the run; append-only like events.
    private const string Version4 = """
        CREATE TABLE tool_calls (
            seq              INTEGER PRIMARY KEY AUTOINCREMENT,
            at               TEXT NOT NULL,
            tool             TEXT NOT NULL,
            arguments_sha256 TEXT NOT NULL,
            outcome          TEXT NOT NULL,
            run_id           TEXT
        );
        CREATE TRIGGER tool_calls_are_append_only_update BEFORE UPDATE ON tool_calls
        BEGIN SELECT RAISE(ABORT, 'tool calls are append-only'); END;
        CREATE TRIGGER tool_calls_are_append_only_delete BEFORE DELETE ON tool_calls
        BEGIN SELECT RAISE(ABORT, 'tool calls are append-only'); END;
        """;

    // The lots of each (account, ticker) the product protects, across runs (CONTRACT Resolution 15): one row per
    // position, its lots as one record replaced by every commit that changes them; run_id is the run that last did.
    private const string Version3 = """
        CREATE TABLE position_lots (
            account_id TEXT NOT NULL,
            ticker     TEXT NOT NULL,
            run_id     TEXT REFERENCES runs (run_id),
            updated_at TEXT NOT NULL,
            lots_json  TEXT NOT NULL,
            PRIMARY KEY (account_id, ticker)
        );
        """;

    // Changes no table: from here on run inputs are written as record version 2. A po from before record
    // versions reads schema 1 only and refuses this file rather than misread it (docs/journal.md).
    private const string Version2 = """
        -- Record version 2 of run inputs (the refreshed portfolio, CONTRACT Resolution 24) is written from schema 2 on.
        """;

    private const string Version1 = """
        CREATE TABLE runs (
            run_id      TEXT NOT NULL PRIMARY KEY,
            report_id   TEXT NOT NULL,
            status      TEXT NOT NULL,
            started_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            header_json TEXT NOT NULL,
            inputs_json TEXT NOT NULL
        );
        CREATE INDEX runs_by_report ON runs (report_id);

        CREATE TABLE trades (
            run_id          TEXT NOT NULL REFERENCES runs (run_id),
            trade_id        TEXT NOT NULL,
            report_id       TEXT NOT NULL,
            sequence        INTEGER NOT NULL,
            status          TEXT NOT NULL,
            client_order_id TEXT,
            trade_json      TEXT NOT NULL,
            PRIMARY KEY (run_id, trade_id)
        );
        CREATE INDEX trades_by_report_trade ON trades (report_id, trade_id);

        CREATE TABLE orders (
            client_order_id TEXT NOT NULL PRIMARY KEY,
            run_id          TEXT NOT NULL REFERENCES runs (run_id),
            last_run_id     TEXT NOT NULL REFERENCES runs (run_id),
            trade_id        TEXT NOT NULL,
            report_id       TEXT NOT NULL,
            attempt         INTEGER NOT NULL,
            status          TEXT NOT NULL
        );
        CREATE INDEX orders_by_report_trade ON orders (report_id, trade_id);

        CREATE TABLE escalations (
            escalation_id   TEXT NOT NULL PRIMARY KEY,
            run_id          TEXT NOT NULL REFERENCES runs (run_id),
            type            TEXT NOT NULL,
            status          TEXT NOT NULL,
            escalation_json TEXT NOT NULL
        );
        CREATE INDEX escalations_by_run ON escalations (run_id);

        CREATE TABLE decisions (
            escalation_id TEXT NOT NULL REFERENCES escalations (escalation_id),
            kind          TEXT NOT NULL,
            "by"          TEXT NOT NULL,
            note          TEXT,
            at            TEXT NOT NULL,
            UNIQUE (escalation_id, kind, "by", at)
        );

        CREATE TABLE events (
            seq    INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id TEXT NOT NULL REFERENCES runs (run_id),
            at     TEXT NOT NULL,
            kind   TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX events_by_run ON events (run_id, seq);

        CREATE TRIGGER decisions_are_append_only_update BEFORE UPDATE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
        CREATE TRIGGER decisions_are_append_only_delete BEFORE DELETE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
        CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """;
}
