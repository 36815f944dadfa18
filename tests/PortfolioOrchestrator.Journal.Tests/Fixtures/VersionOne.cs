namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>
/// The version-1 fixtures: records and state directories written by po before its records were
/// versioned (Fixtures/V1/README.md says how each was made). They are never regenerated.
/// </summary>
internal static class VersionOne
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "V1");

    /// <summary>The text of one record file under <c>Fixtures/V1/records</c>.</summary>
    public static string Record(string file) => File.ReadAllText(Path.Combine(Folder, "records", file));

    /// <summary>A fixture's folder (its inputs and <c>state/</c>).</summary>
    public static string StateDirectory(string fixture) => Path.Combine(Folder, fixture);
}
