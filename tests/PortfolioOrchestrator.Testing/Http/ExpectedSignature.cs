using System.Security.Cryptography;
using System.Text;

namespace PortfolioOrchestrator.Testing.Http;

/// <summary>
/// The <c>X-PO-Signature</c> a receiver expects, computed here from docs/reports.md rather than by the
/// product's own signer: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body, keyed with the secret as UTF-8.
/// </summary>
public static class ExpectedSignature
{
    public static string Of(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
