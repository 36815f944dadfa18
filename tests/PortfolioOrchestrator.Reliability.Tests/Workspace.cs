using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Reliability.Tests;

/// <summary>A private folder for one case: input files and a <c>state</c> directory; deleted on dispose.</summary>
public sealed class Workspace : IDisposable
{
    private readonly TempDirectory _folder = new("reliability");

    public string Directory => _folder.Path;

    public string State => Path.Combine(Directory, "state");

    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    /// <summary>Writes UTF-8; a lone surrogate is written as its three bytes (invalid UTF-8), as a broken tool would.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, Bytes(content));
        return path;
    }

    private static byte[] Bytes(string content)
    {
        var bytes = new List<byte>(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(content.Substring(i++, 2)));
            }
            else if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    public PoResult Po(params string[] args) => PoProcess.Run(Directory, null, args);

    public void Dispose() => _folder.Dispose();
}
