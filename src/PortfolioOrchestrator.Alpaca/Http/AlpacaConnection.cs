using System.Net.Http.Headers;
using System.Text;
using Polly;
using PortfolioOrchestrator.Alpaca.Configuration;

namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>
/// The authenticated HTTP line to Alpaca's Trading API v2, shared by the broker, the refresher and the
/// market clock. Reads are retried (exponential backoff with jitter, Retry-After honoured, bounded
/// attempts); a submission is one send, which the order gateway repeats under the same client order id.
/// Every request waits its turn within the key's rate limit. Every message it produces is scrubbed of the keys.
/// </summary>
public sealed class AlpacaConnection
{
    private readonly HttpClient _http;
    private readonly AlpacaHttpSettings _settings;
    private readonly ResiliencePipeline<AlpacaResponse> _readPipeline;
    private readonly RateGate _rate;

    public AlpacaConnection(AlpacaOptions options, HttpClient httpClient, TimeProvider timeProvider, AlpacaHttpSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Options = options;
        TimeProvider = timeProvider;
        _http = httpClient;
        _settings = settings ?? new AlpacaHttpSettings();
        _readPipeline = ReadPipeline.Build(_settings, timeProvider);
        _rate = new RateGate(_settings, timeProvider);
    }

    internal AlpacaOptions Options { get; }

    internal AlpacaHttpSettings Settings => _settings;

    internal TimeProvider TimeProvider { get; }

    internal Task<AlpacaCall> GetAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Get, pathAndQuery, cancellationToken);

    /// <summary>A cancel is safe to repeat: a second one finds the order already canceled.</summary>
    internal Task<AlpacaCall> DeleteAsync(string path, CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Delete, path, cancellationToken);

    /// <summary>One send, not retried here: a lost answer comes back <see cref="AlpacaCallKind.Transient"/>.</summary>
    internal async Task<AlpacaCall> PostOnceAsync(string path, string json, CancellationToken cancellationToken)
    {
        try
        {
            var response = await SendOnceAsync(() => Request(HttpMethod.Post, path, json), cancellationToken).ConfigureAwait(false);
            return Scrubbed(AlpacaCall.From(response));
        }
        catch (Exception ex) when (IsCommunicationFailure(ex, cancellationToken))
        {
            return Scrubbed(AlpacaCall.Failed(Describe(ex)));
        }
    }

    /// <summary>
    /// One read of Alpaca's market data API (<see cref="AlpacaOptions.DataUrl"/>, the same keys), never
    /// retried and bounded by <see cref="AlpacaHttpSettings.MarketDataTimeout"/>: a price at submission is
    /// worth no wait (CONTRACT §9). The data API keeps its own rate limit, so the trading key's gate is not used.
    /// </summary>
    internal async Task<AlpacaCall> GetMarketDataOnceAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_settings.MarketDataTimeout);
        try
        {
            using var request = Request(HttpMethod.Get, new Uri(Options.DataUrl, pathAndQuery), null);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(attempt.Token).ConfigureAwait(false);
            return Scrubbed(AlpacaCall.From(new AlpacaResponse((int)response.StatusCode, body, null)));
        }
        catch (Exception ex) when (IsCommunicationFailure(ex, cancellationToken))
        {
            return Scrubbed(AlpacaCall.Failed(Describe(ex)));
        }
    }

    private async Task<AlpacaCall> ReadAsync(HttpMethod method, string pathAndQuery, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _readPipeline.ExecuteAsync(
                async token => await SendOnceAsync(() => Request(method, pathAndQuery, null), token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            var call = AlpacaCall.From(response);
            return Scrubbed(call.Kind == AlpacaCallKind.Transient
                ? call with { Message = $"{call.Message} (still failing after {_settings.MaxRetryAttempts + 1} attempts)" }
                : call);
        }
        catch (Exception ex) when (IsCommunicationFailure(ex, cancellationToken))
        {
            return Scrubbed(AlpacaCall.Failed($"{Describe(ex)} (still failing after {_settings.MaxRetryAttempts + 1} attempts)"));
        }
    }

    private async ValueTask<AlpacaResponse> SendOnceAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        await _rate.WaitTurnAsync(cancellationToken).ConfigureAwait(false);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_settings.RequestTimeout);
        try
        {
            using var request = createRequest();
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(attempt.Token).ConfigureAwait(false);
            var statusCode = (int)response.StatusCode;
            var retryAfter = RetryAfterReader.Read(response.Headers, statusCode, TimeProvider.GetUtcNow(), _settings.MaxRateLimitDelay);
            var answer = new AlpacaResponse(statusCode, body, retryAfter)
            {
                RateLimitRemaining = RetryAfterReader.Integer(response.Headers, "X-Ratelimit-Remaining") is { } remaining ? (int)remaining : null,
                RateLimitReset = RetryAfterReader.Integer(response.Headers, "X-Ratelimit-Reset") is { } reset ? DateTimeOffset.FromUnixTimeSeconds(reset) : null,
            };
            _rate.Observe(answer);
            return answer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Alpaca did not answer within {_settings.RequestTimeout.TotalSeconds:0.###} s");
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string pathAndQuery, string? json) =>
        Request(method, new Uri(Options.BaseUrl, pathAndQuery), json);

    private HttpRequestMessage Request(HttpMethod method, Uri uri, string? json)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("APCA-API-KEY-ID", Options.KeyId);
        request.Headers.Add("APCA-API-SECRET-KEY", Options.SecretKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    internal static bool IsCommunicationFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutException or IOException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Describe(Exception ex) => ex switch
    {
        TimeoutException => ex.Message,
        _ => "the connection to Alpaca failed: " + ex.Message,
    };

    private AlpacaCall Scrubbed(AlpacaCall call) => call with { Message = Options.Scrub(call.Message) };
}
