using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Steps.Step8;
using static PortfolioOrchestrator.Reporting.Markdown.MarkdownFormat;

namespace PortfolioOrchestrator.Reporting.Tracking;

/// <summary>What each tracking finding of a lot means, in words for the Master-Architect (CONTRACT Resolution 16).</summary>
public static class LotFindings
{
    public const string Ok = "OK";
    public const string NeedsAttention = "NEEDS_ATTENTION";
    public const string NotChecked = "NOT_CHECKED";

    /// <summary>A lot's status: <c>NOT_CHECKED</c> when it could not be read, <c>NEEDS_ATTENTION</c> when anything was found, else <c>OK</c>.</summary>
    public static string StatusOf(LotCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition.Kinds.Contains(ProtectionFindingKind.NotChecked) ? NotChecked : condition.Kinds.Count > 0 ? NeedsAttention : Ok;
    }

    /// <summary>One sentence per finding of <paramref name="condition"/>, with the fills taken in for its lot.</summary>
    public static IEnumerable<(ProtectionFindingKind Kind, string Message)> Describe(LotCondition condition, IEnumerable<ProtectiveFill> fills, DateTimeOffset now, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var view = condition.View;
        var lot = view.Lot;
        var name = $"{view.Ticker} ({view.Account}) lot {lot.Id}";
        foreach (var kind in condition.Kinds)
        {
            yield return (kind, kind switch
            {
                ProtectionFindingKind.Missing => $"{name}: {Shares(lot.Quantity)} shares held and no protective order of ours working for them at the venue; po protect places it",
                ProtectionFindingKind.WrongQuantity => $"{name}: its protective orders cover {Shares(condition.Covered)} shares while the lot holds {Shares(lot.Quantity)} ({Shares(condition.Expected)} to protect); po protect replaces them",
                ProtectionFindingKind.Expiring => $"{name}: {string.Join(", ", view.OpenOrders.Where(o => ExpiryRule.IsExpiring(o.ExpiresAt, now, calendar)).Select(o => $"{o.ClientOrderId} expires {Time(o.ExpiresAt)}"))} (within {ExpiryRule.Sessions} sessions); po protect replaces it",
                ProtectionFindingKind.Filled => $"{name}: {string.Join("; ", fills.Where(f => f.Lot == lot.Id).Select(f => $"{(f.Type == Domain.Broker.OrderType.Stop ? "stop-loss" : "profit target")} {f.Order} sold {Shares(f.Shares)} shares at {Price(f.AveragePrice?.Dollars)}"))}: taken in, the lot now holds {Shares(lot.Quantity)} shares",
                ProtectionFindingKind.HeldLess => $"{name}: the venue holds fewer shares of {view.Ticker} than the journal's lots; taken off the oldest lots first, this lot now holds {Shares(lot.Quantity)} shares",
                ProtectionFindingKind.PositionGone => $"{name}: the lot holds no shares but protective orders of ours still work for it; po protect cancels them",
                ProtectionFindingKind.NotChecked => $"{name}: its protective orders or held shares could not be read at the venue; not checked",
                _ => throw new ArgumentOutOfRangeException(nameof(condition), kind, "A tracking finding has words."),
            });
        }
    }
}
