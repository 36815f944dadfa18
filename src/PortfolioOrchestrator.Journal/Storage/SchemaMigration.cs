namespace PortfolioOrchestrator.Journal.Storage;

/// <summary>One step of the schema: the SQL that takes a journal from <c>Version - 1</c> to <paramref name="Version"/>.</summary>
internal sealed record SchemaMigration(int Version, string Sql);
