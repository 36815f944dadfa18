using System.Text.Json;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Journal;

namespace PortfolioOrchestrator.Cli.Tests.Tracking;

/// <summary>What a state directory's journal holds for STEP 8's tracking: the lots and the tracking events.</summary>
internal static class TrackingState
{
    public static IReadOnlyList<PositionLots> Lots(string stateDirectory)
    {
        using var journal = SqliteJournal.Open(stateDirectory);
        return journal.ListPositionLotsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public static Lot Lot(string stateDirectory, string account, string ticker) =>
        Lots(stateDirectory).Single(p => p.Account.Value == account && p.Ticker.Value == ticker).Lots.Single(l => !l.IsHeldBefore);

    public static IReadOnlyList<PositionEvent> Events(string stateDirectory)
    {
        using var journal = SqliteJournal.Open(stateDirectory);
        return journal.ReadPositionEventsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public static JsonElement LotOf(JsonElement report, string ticker) =>
        report.GetProperty("lots").EnumerateArray().Single(l => l.GetProperty("ticker").GetString() == ticker);

    public static List<string?> Findings(JsonElement lot) => [.. lot.GetProperty("findings").EnumerateArray().Select(f => f.GetString())];
}
