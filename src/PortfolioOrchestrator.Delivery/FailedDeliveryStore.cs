using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// <c>&lt;state&gt;/outbox/failed/</c>: one JSON file per failed delivery, written atomically, named
/// by run, recipient and file so a newer failure of the same message replaces the older one (the
/// newer body is the one that matters) and a success removes it.
/// </summary>
public sealed class FailedDeliveryStore(string stateDirectory)
{
    public string Directory { get; } = Path.Combine(stateDirectory, "outbox", "failed");

    public string Save(FailedDelivery failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathFor(failure.RunId, failure.Recipient, failure.File);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(failure, ExecutionReportJson.Options) + "\n");
        return path;
    }

    public FailedDelivery? Find(string runId, string recipient, string file)
    {
        var path = PathFor(runId, recipient, file);
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Every stored failure with its file, oldest first; a file that cannot be read is reported, not dropped.</summary>
    public IReadOnlyList<(string Path, FailedDelivery? Failure)> All()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return [.. System.IO.Directory.GetFiles(Directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (path, Read(path)))
            .OrderBy(entry => entry.Item2?.FirstFailedAt ?? DateTimeOffset.MinValue)];
    }

    public void Remove(string runId, string recipient, string file)
    {
        var path = PathFor(runId, recipient, file);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static FailedDelivery? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<FailedDelivery>(File.ReadAllText(path), ExecutionReportJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A readable, filesystem-safe name; the hash keeps two ids that clean to the same text apart.</summary>
    private string PathFor(string runId, string recipient, string file)
    {
        var key = $"{runId}\n{recipient}\n{file}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        var readable = new string([.. $"{runId}--{recipient}--{Path.GetFileNameWithoutExtension(file)}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return Path.Combine(Directory, $"{readable[..Math.Min(readable.Length, 120)]}--{hash}.json");
    }
}
