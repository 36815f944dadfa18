using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;

namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// POSTs a signed JSON body, retrying through Polly with exponential backoff on what may pass
/// (connection failures, timeouts, 408, 429, 5xx). Any other 4xx is final at once: asking again
/// would get the same answer. Never throws for a failed delivery — it returns it.
/// </summary>
public sealed class WebhookSender(HttpClient http, RetrySettings retry, TimeProvider time)
{
    public async Task<DeliveryAttempt> SendAsync(Uri url, string body, string secret, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = WebhookSignature.Sign(bytes, secret);
        var attempts = 0;
        string? lastError = null;
        var pipeline = Pipeline(outcome => lastError = outcome);
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    request.Headers.Add(WebhookSignature.Header, signature);
                    request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);
                    return await http.SendAsync(request, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? new DeliveryAttempt(true, attempts, null)
                : new DeliveryAttempt(false, attempts, Describe(response.StatusCode));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryAttempt(false, attempts, lastError ?? ex.Message);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> Pipeline(Action<string> onFailure)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (retry.Attempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.Attempts - 1,
                Delay = retry.FirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Exception: TaskCanceledException } => !args.Context.CancellationToken.IsCancellationRequested,
                    { Result: { } response } => IsTransient(response.StatusCode),
                    _ => false,
                }),
                OnRetry = args =>
                {
                    onFailure(args.Outcome.Exception?.Message ?? Describe(args.Outcome.Result!.StatusCode));
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static string Describe(HttpStatusCode status) => $"HTTP {(int)status} {status}";
}
