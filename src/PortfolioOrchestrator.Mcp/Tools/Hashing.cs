using System.Security.Cryptography;
using System.Text;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary>SHA-256 of a text's UTF-8 bytes, as lower-case hex.</summary>
public static class Hashing
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
