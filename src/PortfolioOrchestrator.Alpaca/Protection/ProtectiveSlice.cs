using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Alpaca.Protection;

/// <summary>
/// One protective order for <see cref="Shares"/> whole shares: an OCO pair when both a take-profit and a
/// stop are set, a plain stop or a plain limit otherwise. <see cref="Suffix"/> names it after the entry
/// (<c>oco1</c>, <c>tp2</c>, <c>sl</c>). Prices are dollars per share.
/// </summary>
public sealed record ProtectiveSlice(string Suffix, decimal Shares, Money? TakeProfit, Money? Stop)
{
    public string Describe(Ticker ticker) => (TakeProfit, Stop) switch
    {
        ({ } target, { } stop) => $"OCO pair {Suffix} ({Shares} {ticker} shares: target {target}, stop {stop})",
        (null, { } stop) => $"stop-loss {Suffix} ({Shares} {ticker} shares at {stop})",
        ({ } target, null) => $"profit target {Suffix} ({Shares} {ticker} shares at {target})",
        _ => $"order {Suffix}",
    };
}

/// <summary>The protective orders to place and, in words, what they cannot cover.</summary>
public sealed record ProtectionPlan(IReadOnlyList<ProtectiveSlice> Slices, IReadOnlyList<string> Unprotected);
