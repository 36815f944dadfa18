namespace PortfolioOrchestrator.Testing.Files;

/// <summary>
/// A fresh folder of its own under the system temp folder (<c>po-tests/&lt;name&gt;-&lt;guid&gt;</c>), created at
/// once and deleted with everything in it on dispose: a state directory, a run's output, a case's inputs.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string name = "case")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "po-tests", name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The path of <paramref name="name"/> inside this folder (not created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="content"/> (UTF-8) to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

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
        catch (UnauthorizedAccessException)
        {
        }
    }
}
