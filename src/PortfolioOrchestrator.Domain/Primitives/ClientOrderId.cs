using System.Security.Cryptography;
using System.Text;

namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>
/// The id we give an order at the broker. Derived from the QA report, the trade and the attempt —
/// never from the run — so the same approved trade maps to the same id in every run
/// (CONTRACT Resolution 11). At most 48 characters, Alpaca's limit.
/// </summary>
public readonly record struct ClientOrderId
{
    public const int MaxLength = 48;

    private ClientOrderId(string value) => Value = value;

    public string Value { get; }

    public static ClientOrderId Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"A client order id has at most {MaxLength} characters.", nameof(value));
        }

        return new ClientOrderId(value);
    }

    /// <summary>The entry order's id: <c>po-</c>, 16 hex digits of SHA-256(report id, trade id), <c>-a</c> and the attempt.</summary>
    public static ClientOrderId ForEntry(string reportId, TradeId tradeId, int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(reportId + "\n" + tradeId.Value));
        return new ClientOrderId($"po-{Convert.ToHexStringLower(hash, 0, 8)}-a{attempt}");
    }

    /// <summary>An id for an order that belongs to this one (a stop-loss <c>sl</c>, a target <c>tp1</c>).</summary>
    public ClientOrderId WithSuffix(string suffix) => Create(Value + "-" + suffix);

    public override string ToString() => Value ?? string.Empty;
}
