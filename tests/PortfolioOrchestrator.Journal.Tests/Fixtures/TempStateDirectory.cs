namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>A fresh state directory under the system temp folder, deleted afterwards.</summary>
internal sealed class TempStateDirectory : IDisposable
{
    public TempStateDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "po-journal-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => System.IO.Path.Combine(Path, "journal.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
