using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Refresh.Watching;

namespace PortfolioOrchestrator.Refresh;

/// <summary>The outcomes a wait for PORTFOLIO.md gives, shared by the command and the persona refresh.</summary>
internal static class Answer
{
    public static RefreshOutcome Completed(WaitResult result) =>
        RefreshOutcome.Completed(result.Reading.Portfolio!, result.Elapsed) with { Text = result.Reading.Text };

    public static RefreshOutcome Failed(WaitResult result, string detail) => RefreshOutcome.Failed(result.Elapsed, detail);

    /// <summary>Nothing newer came: says what the path held, and why (<paramref name="why"/>).</summary>
    public static RefreshOutcome Pending(WaitResult result, RefreshRequest request, string path, string why)
    {
        var since = $"{request.Current.LastUpdated:yyyy-MM-ddTHH:mm:sszzz}";
        var found = result.NotNewer?.Portfolio is { } older
            ? $"{path} holds Last Updated {older.LastUpdated:yyyy-MM-ddTHH:mm:sszzz}, not later than {since}"
            : $"no PORTFOLIO.md later than {since} at {path}";
        return RefreshOutcome.Pending(result.Elapsed, null, $"{found} after {result.Elapsed.TotalMinutes:0.##} minutes; {why}");
    }
}
