using System.Text;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>
/// Writes a file so that readers see the old content or the whole new content, never a part: the
/// text goes to a temporary file in the same directory, is flushed to disk, then renamed over.
/// </summary>
public static class AtomicFile
{
    /// <summary>Temporary files start with this, so a crash's leftovers are recognisable.</summary>
    public const string TempPrefix = ".tmp-";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string contents)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? throw new ArgumentException("The path has no directory.", nameof(path));
        var temp = Path.Combine(directory, $"{TempPrefix}{Path.GetFileName(path)}-{Guid.NewGuid():N}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8NoBom.GetBytes(contents);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
