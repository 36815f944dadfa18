using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>
/// How the paper venue behaves (CONTRACT §3 "Paper broker script"): a latency in milliseconds added
/// to every broker call, the default fill rules, per-ticker overrides and how the paper portfolio
/// source answers a refresh. Read it with <see cref="PaperScriptReader"/>.
/// </summary>
public sealed record PaperScript(
    int LatencyMs,
    PaperTickerScript Default,
    IReadOnlyDictionary<Ticker, PaperTickerScript> Tickers,
    PaperRefreshScript? Refresh)
{
    /// <summary>No latency, no slippage, everything fills at the trade's last known price, refreshes complete at once.</summary>
    public static PaperScript Standard { get; } = new(0, PaperTickerScript.Unset, new Dictionary<Ticker, PaperTickerScript>(), null);

    /// <summary>
    /// The rule for one ticker: each key the ticker sets wins over the default's. The outcome keys
    /// (<c>reject</c>, <c>no_fill</c>) are taken together: a ticker that sets either decides its outcome alone.
    /// </summary>
    public PaperFillRule RuleFor(Ticker ticker)
    {
        var own = Tickers.GetValueOrDefault(ticker) ?? PaperTickerScript.Unset;
        var outcome = own.SetsOutcome ? own : Default;
        return new PaperFillRule(
            own.Price ?? Default.Price,
            own.SlippageBps ?? Default.SlippageBps ?? 0m,
            own.FillRatio ?? Default.FillRatio ?? 1m,
            outcome.Reject,
            outcome.NoFill ?? false);
    }
}

/// <summary>
/// One block of the script (<c>default</c> or a ticker); a null member was not written.
/// Price is dollars per share (&gt; 0); slippage in basis points (negative is price improvement);
/// fill ratio the filled share of the notional, in (0, 1].
/// </summary>
public sealed record PaperTickerScript(Money? Price, decimal? SlippageBps, decimal? FillRatio, string? Reject, bool? NoFill)
{
    public static PaperTickerScript Unset { get; } = new(null, null, null, null, null);

    public bool SetsOutcome => Reject is not null || NoFill is not null;
}

/// <summary>The rule the venue applies to one order, with every default filled in.</summary>
public sealed record PaperFillRule(Money? Price, decimal SlippageBps, decimal FillRatio, string? Reject, bool NoFill);

/// <summary>
/// How the paper portfolio source answers a refresh: after <see cref="Delay"/> (simulated or real
/// time, as the engine waits), or never, failing with <see cref="Failure"/>. Exactly one is set.
/// </summary>
public sealed record PaperRefreshScript(TimeSpan? Delay, string? Failure);
