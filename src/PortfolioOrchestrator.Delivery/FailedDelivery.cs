namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// A webhook delivery that did not succeed, kept in <c>&lt;state&gt;/outbox/failed/</c> until
/// <c>po route --retry</c> delivers it. It holds the exact body (re-signed at each try with the secret
/// then in <see cref="SecretVariable"/>; the secret itself is never written), where it goes, and why it failed.
/// </summary>
public sealed record FailedDelivery
{
    public required string RunId { get; init; }

    public required string Recipient { get; init; }

    public required string File { get; init; }

    public required string Url { get; init; }

    public required string SecretVariable { get; init; }

    public required string DeliveryId { get; init; }

    /// <summary>The JSON body exactly as it is to be posted.</summary>
    public required string Body { get; init; }

    /// <summary>HTTP attempts so far, over every try.</summary>
    public required int Attempts { get; init; }

    public required string LastError { get; init; }

    public required DateTimeOffset FirstFailedAt { get; init; }

    public required DateTimeOffset LastFailedAt { get; init; }
}
