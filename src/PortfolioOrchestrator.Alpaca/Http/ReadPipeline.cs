using Polly;
using Polly.Retry;

namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>
/// The retry strategy for reads: 429, 5xx, timeouts and dropped connections are retried with
/// exponential backoff and jitter; a 429's Retry-After wins over the computed delay. Delays run on the
/// injected clock so tests pass instantly.
/// </summary>
internal static class ReadPipeline
{
    public static ResiliencePipeline<AlpacaResponse> Build(AlpacaHttpSettings settings, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder<AlpacaResponse> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<AlpacaResponse>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldHandle = new PredicateBuilder<AlpacaResponse>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutException>()
                    .Handle<IOException>()
                    .HandleResult(response => response.IsTransient),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            })
            .Build();
}
