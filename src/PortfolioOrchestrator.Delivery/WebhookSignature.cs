using System.Security.Cryptography;
using System.Text;

namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// <c>X-PO-Signature: sha256=&lt;hex&gt;</c>: the lower-case hex HMAC-SHA256 of the exact request body
/// bytes, keyed with the recipient's secret (UTF-8). A receiver recomputes it to know the message is
/// ours and whole.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-PO-Signature";

    /// <summary>A stable id per message version, so a receiver can drop a repeat of a retried delivery.</summary>
    public const string DeliveryHeader = "X-PO-Delivery";

    public static string Sign(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
