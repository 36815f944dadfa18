using System.Security.Cryptography;
using System.Text.Json;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Mcp.Tools;

namespace PortfolioOrchestrator.Mcp.Plans;

/// <summary>
/// The plans of one state directory (<c>&lt;state&gt;/mcp/plans/</c>), so a restarted server honours an unexpired
/// token (CONTRACT §8). A plan is stored under the SHA-256 of its token, never the token itself; it is spent by
/// creating its <c>.used</c> marker, which only one caller can do, in this process or another.
/// </summary>
public sealed class PlanStore(string stateDirectory)
{
    /// <summary>How long a confirmation token is good for, in wall-clock time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public string Folder { get; } = Path.Combine(stateDirectory, "mcp", "plans");

    /// <summary>A new token: 128 random bits as 32 lower-case hex digits.</summary>
    public static string NewToken() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    public void Save(string token, StoredPlan plan)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var path = PlanPath(token);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(plan, PoJson.Options));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw PoException.StateUnavailable($"the plan could not be stored in {Folder} ({ex.Message}); nothing was issued");
        }
    }

    /// <summary>The plan a token was issued for, or null when this state directory never issued it.</summary>
    public StoredPlan? Find(string token)
    {
        var path = PlanPath(token);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredPlan>(File.ReadAllText(path), PoJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool IsUsed(string token) => File.Exists(UsedPath(token));

    /// <summary>Spends the token; false when it was spent before (by this server or another).</summary>
    public bool TrySpend(string token, DateTimeOffset at)
    {
        try
        {
            using var marker = new FileStream(UsedPath(token), FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(marker);
            writer.Write(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }
        catch (IOException) when (File.Exists(UsedPath(token)))
        {
            return false;
        }
    }

    private string PlanPath(string token) => Path.Combine(Folder, Key(token) + ".json");

    private string UsedPath(string token) => Path.Combine(Folder, Key(token) + ".used");

    private static string Key(string token) => Hashing.Sha256(token.Trim());
}
