namespace PortfolioOrchestrator.Alpaca.Http;

/// <summary>
/// Alpaca's rate limit for one API key: at most <see cref="AlpacaHttpSettings.RequestsPerMinute"/>
/// requests in any minute, and none while Alpaca's last answer said <c>X-Ratelimit-Remaining: 0</c>
/// until its <c>X-Ratelimit-Reset</c>. Near the end of the allowance (<c>X-Ratelimit-Remaining</c> at or below
/// <see cref="AlpacaHttpSettings.RateLimitLowWater"/>) the requests left are spread evenly until the reset,
/// so a poll never spends the last of them at once. Waits run on the injected clock and are capped at
/// <see cref="AlpacaHttpSettings.MaxRateLimitDelay"/>.
/// </summary>
internal sealed class RateGate(AlpacaHttpSettings settings, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset? _closedUntil;
    private DateTimeOffset? _pacedUntil;

    /// <summary>Waits, if need be, until one more request is within the limit, and counts it.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= TimeSpan.FromMinutes(1))
                {
                    _sent.Dequeue();
                }

                wait = TimeSpan.Zero;
                if (_closedUntil is { } until && until > now)
                {
                    wait = until - now;
                }
                else if (_sent.Count >= settings.RequestsPerMinute)
                {
                    wait = _sent.Peek().AddMinutes(1) - now;
                }
                else if (_pacedUntil is { } paced && paced > now)
                {
                    wait = paced - now;
                }

                if (wait <= TimeSpan.Zero)
                {
                    _closedUntil = null;
                    _pacedUntil = null;
                    _sent.Enqueue(now);
                    return;
                }
            }

            await Task.Delay(wait < settings.MaxRateLimitDelay ? wait : settings.MaxRateLimitDelay, timeProvider, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                // A capped wait has been served: the window Alpaca named is taken as open again.
                _closedUntil = null;
                _pacedUntil = null;
            }
        }
    }

    /// <summary>Takes in what Alpaca said about the key's remaining requests.</summary>
    public void Observe(AlpacaResponse response)
    {
        // A 429 is waited out by its own retry delay; this is for an answer that spent (nearly) the last request.
        if (response.StatusCode == 429 || response.RateLimitRemaining is not { } remaining || response.RateLimitReset is not { } reset)
        {
            return;
        }

        lock (_gate)
        {
            if (remaining <= 0)
            {
                _closedUntil = reset;
            }
            else if (remaining <= settings.RateLimitLowWater)
            {
                var now = timeProvider.GetUtcNow();
                _pacedUntil = reset > now ? now + ((reset - now) / (remaining + 1)) : null;
            }
        }
    }
}
