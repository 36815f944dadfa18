namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>
/// A tool that would change something refused to (CONTRACT §8): execution not allowed on this server, or a
/// confirmation token that is unknown, expired, already used, or for other inputs. Nothing was sent.
/// </summary>
public sealed class ToolRefusal(string reason, string message) : Exception(message)
{
    public const string NotAllowed = "execution not allowed";
    public const string UnknownToken = "unknown token";
    public const string Expired = "expired";
    public const string AlreadyUsed = "already used";
    public const string InputsChanged = "inputs changed since the plan";

    /// <summary>One of the reasons above, as the contract spells it.</summary>
    public string Reason { get; } = reason;
}
