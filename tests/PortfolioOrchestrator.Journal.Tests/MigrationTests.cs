using PortfolioOrchestrator.Journal.Storage;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class MigrationTests : IDisposable
{
    private static readonly SchemaMigration CreateItems = new(1, "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
    private static readonly SchemaMigration AddColour = new(2, "ALTER TABLE items ADD COLUMN colour TEXT NOT NULL DEFAULT 'red';");
    private static readonly SchemaMigration AddIndex = new(3, "CREATE INDEX items_by_colour ON items (colour);");
    private static readonly SchemaMigration Broken = new(4, "CREATE TABLE half (x); THIS IS NOT SQL;");

    private readonly TempDirectory _state = new("journal");

    public void Dispose() => _state.Dispose();

    [Fact]
    public void An_old_version_database_migrates_in_order_and_keeps_its_rows()
    {
        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        SchemaMigrator.Migrate(connection, [CreateItems], _state.File(Raw.JournalFile));
        Raw.Execute(connection, "INSERT INTO items (name) VALUES ('kept');");

        var reached = SchemaMigrator.Migrate(connection, [AddIndex, CreateItems, AddColour], _state.File(Raw.JournalFile));

        Assert.Equal(3, reached);
        Assert.Equal(3, SchemaMigrator.ReadVersion(connection));
        Assert.Equal([["kept", "red"]], Raw.Rows(connection, "SELECT name, colour FROM items;"));
        Assert.Equal(1L, Raw.Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'items_by_colour';"));
    }

    [Fact]
    public void A_failing_step_leaves_the_database_as_it_was()
    {
        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        SchemaMigrator.Migrate(connection, [CreateItems], _state.File(Raw.JournalFile));

        var refusal = Assert.Throws<JournalUnavailableException>(
            () => SchemaMigrator.Migrate(connection, [CreateItems, AddColour, AddIndex, Broken], _state.File(Raw.JournalFile)));

        Assert.Contains("from schema version 1 to 4", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(1, SchemaMigrator.ReadVersion(connection));
        Assert.Empty(Raw.Rows(connection, "SELECT name FROM pragma_table_info('items') WHERE name = 'colour';"));
        Assert.Equal(0L, Raw.Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('half', 'items_by_colour');"));
    }

    [Fact]
    public void A_current_database_is_not_migrated_again()
    {
        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        SchemaMigrator.Migrate(connection, [CreateItems, AddColour], _state.File(Raw.JournalFile));

        Assert.Equal(2, SchemaMigrator.Migrate(connection, [CreateItems, AddColour], _state.File(Raw.JournalFile)));
    }

    [Fact]
    public void A_newer_database_is_refused_by_the_migrator()
    {
        using var connection = Raw.Open(_state.File(Raw.JournalFile));
        SchemaMigrator.Migrate(connection, [CreateItems, AddColour], _state.File(Raw.JournalFile));

        Assert.Throws<JournalUnavailableException>(() => SchemaMigrator.Migrate(connection, [CreateItems], _state.File(Raw.JournalFile)));
        Assert.Equal(2, SchemaMigrator.ReadVersion(connection));
    }

    [Fact]
    public async Task An_empty_version_zero_database_is_brought_to_the_current_schema()
    {
        using (var connection = Raw.Open(_state.File(Raw.JournalFile)))
        {
            Raw.Execute(connection, "CREATE TABLE unrelated (x); INSERT INTO unrelated VALUES (1);");
        }

        using (var journal = SqliteJournal.Open(_state.Path))
        {
            await journal.CreateRunAsync(Samples.Snapshot(Samples.Run(1)), CancellationToken.None);
        }

        using var check = Raw.Open(_state.File(Raw.JournalFile));
        Assert.Equal((long)JournalSchema.CurrentVersion, Raw.Scalar(check, "PRAGMA user_version;"));
        Assert.Equal(1L, Raw.Scalar(check, "SELECT COUNT(*) FROM runs;"));
        Assert.Equal(1L, Raw.Scalar(check, "SELECT x FROM unrelated;"));
    }

    [Fact]
    public void Schema_versions_are_consecutive_from_one()
    {
        Assert.Equal(Enumerable.Range(1, JournalSchema.Migrations.Count), JournalSchema.Migrations.Select(m => m.Version));
    }
}
