using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Refresh.Watching;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Refresh.Persona;

/// <summary>
/// <c>--refresh persona</c> (CONTRACT Resolution 24): routes <c>to-portfolio-persona.md</c> — always into the
/// run folder (the outbox), and to a webhook where the routing file names one for Portfolio-Persona —
/// then watches the PORTFOLIO.md path, in real time, for the newer file. A file already newer when the
/// wait starts (written before a crash, say) answers at once. A new file that does not read fails the
/// refresh; a webhook that cannot be reached is a caveat, since the folder still holds the request.
/// </summary>
public sealed class PersonaRefresher(RefreshSetup setup) : IPortfolioRefresher
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public async Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = new PersonaRequest(request, setup.PortfolioPath, setup.Clock.GetUtcNow() + request.Timeout);
        var markdown = message.Markdown();
        var route = setup.Routing.RouteFor(Recipients.PortfolioPersona);
        var outboxFile = Path.Combine(setup.OutboxOf(request.RunId), Recipients.PortfolioPersonaFile);
        var written = Write(outboxFile, markdown);
        if (written is not null && route.Webhook is null)
        {
            return RefreshOutcome.Failed(TimeSpan.Zero, $"the refresh request could not be written to {outboxFile} ({written}) and no webhook reaches {Recipients.PortfolioPersona}") with { Source = RefreshSource.Persona };
        }

        using var stopDelivery = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delivery = route.Webhook is { } hook ? DeliverAsync(hook, message.Json(markdown), request, stopDelivery.Token) : Task.FromResult<string?>(null);
        WaitResult result;
        try
        {
            var wait = new PortfolioWait(new PortfolioFileCheck(setup.PortfolioPath, request, setup.Clock), setup.Clock) { JudgesInitialFile = true };
            result = await wait.RunAsync(request.Timeout, () => PartyState.Elsewhere, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await StopDeliveryAsync(delivery, stopDelivery).ConfigureAwait(false);
        }

        var undelivered = await delivery.ConfigureAwait(false);
        var outcome = result.End switch
        {
            WaitEnd.Fresh => Answer.Completed(result),
            WaitEnd.Unreadable => Answer.Failed(result, $"the PORTFOLIO.md {Recipients.PortfolioPersona} wrote does not read: {result.Reading.ProblemText}"),
            _ => Answer.Pending(result, request, setup.PortfolioPath, $"{Recipients.PortfolioPersona} has not answered the request in {outboxFile}"),
        };
        var caveats = new[]
        {
            written is null ? null : $"The refresh request could not be written to {outboxFile} ({written})",
            undelivered is null ? null : $"The refresh request's webhook to {Recipients.PortfolioPersona} was not delivered ({undelivered})",
        };
        var caveat = string.Join("; ", caveats.OfType<string>());
        return outcome with { Source = RefreshSource.Persona, Caveat = caveat.Length > 0 ? caveat : null };
    }

    /// <summary>
    /// The file may come (through the outbox) while the webhook is still being posted: the attempt in flight
    /// gets <see cref="RequestTimeout"/> to finish, then the delivery stops.
    /// </summary>
    private async Task StopDeliveryAsync(Task<string?> delivery, CancellationTokenSource stop)
    {
        if (!delivery.IsCompleted)
        {
            using var grace = new CancellationTokenSource(RequestTimeout, setup.Clock);
            try
            {
                await delivery.WaitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (grace.IsCancellationRequested)
            {
                // Still retrying: given up below, and said in the caveat.
            }
        }

        await stop.CancelAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the message; returns why it could not be, or null.</summary>
    private static string? Write(string path, string markdown)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllText(path, markdown);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return exception.Message;
        }
    }

    /// <summary>Posts the request, signed as every webhook is (docs/reports.md); returns why it was not delivered, or null.</summary>
    private async Task<string?> DeliverAsync(WebhookTarget hook, string body, RefreshRequest request, CancellationToken cancellationToken)
    {
        var secret = setup.Variables.GetValueOrDefault(hook.SecretVariable);
        if (string.IsNullOrEmpty(secret))
        {
            return $"the environment variable {hook.SecretVariable} (the signing secret) is not set";
        }

        using var http = new HttpClient { Timeout = RequestTimeout };
        try
        {
            var sender = new WebhookSender(http, setup.Routing.Retry, setup.Clock);
            var attempt = await sender.SendAsync(hook.Url, body, secret, WebhookPayload.DeliveryId(request.RunId.Value, Recipients.PortfolioPersonaFile, body), cancellationToken).ConfigureAwait(false);
            return attempt.Delivered ? null : attempt.Error ?? "not delivered";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return "still being tried when the wait ended";
        }
    }
}
