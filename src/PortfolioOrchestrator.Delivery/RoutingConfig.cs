namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// Where each STEP 8 recipient's message goes, from <c>--routing FILE</c>. A recipient not named is
/// delivered to the outbox only (the run folder's <c>to-*.md</c>), as without a routing file.
/// </summary>
public sealed record RoutingConfig(IReadOnlyList<RecipientRoute> Routes, RetrySettings Retry)
{
    public static readonly RoutingConfig OutboxOnly = new([], RetrySettings.Default);

    public RecipientRoute RouteFor(string recipient) =>
        Routes.FirstOrDefault(r => string.Equals(r.Recipient, recipient, StringComparison.OrdinalIgnoreCase))
        ?? new RecipientRoute(recipient, Outbox: true, Webhook: null);
}

/// <summary>One recipient: to the outbox folder, to a webhook, or both.</summary>
public sealed record RecipientRoute(string Recipient, bool Outbox, WebhookTarget? Webhook);

/// <summary>An HTTP(S) endpoint that receives a POST of the message as JSON, signed with the secret held in the environment variable <see cref="SecretVariable"/>.</summary>
public sealed record WebhookTarget(Uri Url, string SecretVariable);

/// <summary>
/// How hard a webhook delivery tries: <see cref="Attempts"/> in all (the first included), waiting
/// <see cref="FirstDelay"/> before the first retry and doubling it each time.
/// <value>The default is 4 attempts, first retry after 1 second.</value>
/// </summary>
public sealed record RetrySettings(int Attempts, TimeSpan FirstDelay)
{
    public static readonly RetrySettings Default = new(4, TimeSpan.FromSeconds(1));
}
