using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records;

namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

/// <summary>A run as the journal stores it: every record's text, one per line, to compare two runs whole.</summary>
internal static class Stored
{
    public static string Text(RunSnapshot run) => string.Join(
        "\n",
        [
            JournalRecords.RunHeader.Write(new StoredRunHeader(run.Header, RunApprovals.From(run.Escalations, run.Header.AwaitingEscalation))),
            JournalRecords.RunInputs.Write(run.Inputs),
            .. run.Trades.Select(JournalRecords.Trade.Write),
            .. run.Escalations.Select(JournalRecords.Escalation.Write),
        ]);
}
