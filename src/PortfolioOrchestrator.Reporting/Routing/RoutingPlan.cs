using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>
/// STEP 8: who gets a message. Quality-Assurance always (post-trade analysis); Stock-Analyst when a
/// decision deferred or halted a trade (re-analysis; a trade only paused is not decided yet);
/// Master-Architect when there is any escalation or a trade is flagged <c>UNPROTECTED</c> (CONTRACT
/// Resolution 15); the Client always (execution summary). In that order.
/// </summary>
public static class RoutingPlan
{
    /// <summary>The recipients and files, without rendering the messages.</summary>
    public static IReadOnlyList<RoutingEntry> EntriesFor(ExecutionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = new List<RoutingEntry> { new(Recipients.QualityAssurance, Recipients.QualityAssuranceFile) };
        if (report.Trades.Any(t => StockAnalystMessage.Concerns(report, t)))
        {
            entries.Add(new(Recipients.StockAnalyst, Recipients.StockAnalystFile));
        }

        if (report.Escalations.Count > 0 || report.Trades.Any(UnprotectedSection.Concerns))
        {
            entries.Add(new(Recipients.MasterArchitect, Recipients.MasterArchitectFile));
        }

        entries.Add(new(Recipients.Client, Recipients.ClientFile));
        return entries;
    }

    public static IReadOnlyList<RoutedMessage> For(ExecutionReport report) =>
        [.. EntriesFor(report).Select(entry => new RoutedMessage(entry.Recipient, entry.File, Render(entry.Recipient, report)))];

    private static string Render(string recipient, ExecutionReport report) => recipient switch
    {
        Recipients.QualityAssurance => QualityAssuranceMessage.Render(report),
        Recipients.StockAnalyst => StockAnalystMessage.Render(report),
        Recipients.MasterArchitect => MasterArchitectMessage.Render(report),
        Recipients.Client => ClientMessage.Render(report),
        _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient, "No message is written for this recipient."),
    };
}
