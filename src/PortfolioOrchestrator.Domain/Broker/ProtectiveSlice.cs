using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// One slice of a lot's protection (CONTRACT Resolution 9, §6) for <see cref="Shares"/> shares: a
/// one-cancels-other pair when both <see cref="TakeProfit"/> and <see cref="Stop"/> are set, a lone stop or
/// a lone target otherwise. <see cref="Suffix"/> names it after the entry (<c>oco1</c>, <c>tp2</c>,
/// <c>sl</c>). Prices are dollars per share.
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

/// <summary>The slices to place and, in words, what they cannot cover (never silently dropped).</summary>
public sealed record ProtectionPlan(IReadOnlyList<ProtectiveSlice> Slices, IReadOnlyList<string> Unprotected);
