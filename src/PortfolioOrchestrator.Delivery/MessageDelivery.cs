using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// STEP 8 past the run folder: after <see cref="ReportWriter"/> has written the messages (the outbox),
/// each recipient with a webhook gets its message posted. A delivery that fails after its retries is
/// kept in <see cref="FailedDeliveryStore"/> — never lost — and <see cref="RetryFailedAsync"/> tries it again.
/// </summary>
public sealed class MessageDelivery(RoutingConfig routing, WebhookSender sender, FailedDeliveryStore failures, IReadOnlyDictionary<string, string?> variables, TimeProvider time)
{
    public const string OutboxChannel = "outbox";
    public const string WebhookChannel = "webhook";

    public async Task<IReadOnlyList<DeliveryResult>> DeliverAsync(ExecutionReport written, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(written);
        var results = new List<DeliveryResult>();
        foreach (var message in RoutingPlan.For(written))
        {
            var route = routing.RouteFor(message.Recipient);
            if (route.Outbox)
            {
                results.Add(new DeliveryResult(message.Recipient, message.FileName, OutboxChannel, true, 0, null, null));
            }

            if (route.Webhook is { } hook)
            {
                var body = WebhookPayload.For(written, message);
                var pending = new FailedDelivery
                {
                    RunId = written.RunId,
                    Recipient = message.Recipient,
                    File = message.FileName,
                    Url = hook.Url.AbsoluteUri,
                    SecretVariable = hook.SecretVariable,
                    DeliveryId = WebhookPayload.DeliveryId(written.RunId, message.FileName, body),
                    Body = body,
                    Attempts = 0,
                    LastError = string.Empty,
                    FirstFailedAt = time.GetUtcNow(),
                    LastFailedAt = time.GetUtcNow(),
                };
                results.Add(await TryAsync(pending, cancellationToken).ConfigureAwait(false));
            }
        }

        return results;
    }

    /// <summary>Every stored failure, tried again; those delivered are removed, the rest updated.</summary>
    public async Task<IReadOnlyList<DeliveryResult>> RetryFailedAsync(CancellationToken cancellationToken)
    {
        var results = new List<DeliveryResult>();
        foreach (var (path, failure) in failures.All())
        {
            if (failure is null)
            {
                results.Add(new DeliveryResult("?", Path.GetFileName(path), WebhookChannel, false, 0, "unreadable failure record; left in place", path));
                continue;
            }

            results.Add(await TryAsync(failure, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<DeliveryResult> TryAsync(FailedDelivery delivery, CancellationToken cancellationToken)
    {
        var secret = variables.GetValueOrDefault(delivery.SecretVariable);
        var attempt = string.IsNullOrEmpty(secret)
            ? new DeliveryAttempt(false, 0, $"the environment variable {delivery.SecretVariable} (the signing secret) is not set")
            : await sender.SendAsync(new Uri(delivery.Url), delivery.Body, secret, delivery.DeliveryId, cancellationToken).ConfigureAwait(false);
        if (attempt.Delivered)
        {
            failures.Remove(delivery.RunId, delivery.Recipient, delivery.File);
            return new DeliveryResult(delivery.Recipient, delivery.File, WebhookChannel, true, attempt.Attempts, null, null);
        }

        var previous = failures.Find(delivery.RunId, delivery.Recipient, delivery.File);
        var now = time.GetUtcNow();
        var record = delivery with
        {
            Attempts = (previous?.Attempts ?? delivery.Attempts) + attempt.Attempts,
            LastError = attempt.Error ?? "not delivered",
            FirstFailedAt = previous?.FirstFailedAt ?? now,
            LastFailedAt = now,
        };
        var path = failures.Save(record);
        return new DeliveryResult(delivery.Recipient, delivery.File, WebhookChannel, false, attempt.Attempts, record.LastError, path);
    }
}
