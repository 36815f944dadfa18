using System.Globalization;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Steps.Step1;

namespace PortfolioOrchestrator.Domain.Inputs.CrossChecks;

/// <summary>
/// CONTRACT Resolution 23: an approved trade's <c>approval_timestamp</c> later than now by more than the
/// clock skew allowed (<see cref="FreshnessRule.AllowedClockSkew"/>, 5 minutes) is a warning: an approval
/// cannot come from the future, and the queue is ordered by it.
/// </summary>
internal static class FutureApprovalRule
{
    public static IEnumerable<string> Warnings(IEnumerable<QaTrade> trades, DateTimeOffset now) =>
        trades.Where(t => t.IsApproved && t.ApprovalTimestamp is { } at && at - now > FreshnessRule.AllowedClockSkew).Select(t =>
            $"Trade {t.TradeId} ({t.Ticker}) was approved at {Time(t.ApprovalTimestamp!.Value)}, in the future (now is {Time(now.ToOffset(t.ApprovalTimestamp.Value.Offset))})");

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
