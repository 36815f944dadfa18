using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Inputs;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// A lot is checked and repaired only at the kind of venue its protection was placed at (CONTRACT §7: never into
/// another account): the run that opened the lot says where its account traded (<c>--broker</c>, or its journaled
/// <c>--accounts</c> map). A lot that would be read elsewhere is bad input naming the lot, its run and the venue.
/// </summary>
public static class LotVenueCheck
{
    public static async Task EnsureAsync(IJournal journal, IEnumerable<PositionLots> positions, TrackingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(plan);
        var runs = new Dictionary<RunId, RunInputs?>();
        var problems = new List<string>();
        foreach (var position in positions)
        {
            foreach (var lot in position.Lots.Where(l => l.RunId is not null))
            {
                var runId = lot.RunId!.Value;
                if (!runs.TryGetValue(runId, out var inputs))
                {
                    runs[runId] = inputs = (await journal.LoadRunAsync(runId, cancellationToken))?.Inputs;
                }

                var placedAt = inputs is null ? (VenueKind?)null : KindOf(inputs, position.Account);
                var checkedAt = plan.KindFor(position.Account);
                if (placedAt is { } kind && kind != checkedAt)
                {
                    problems.Add($"lot {lot.Id} of {position.Account} {position.Ticker} was protected at {Name(kind)} (run {runId}), not at {Name(checkedAt)}");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw PoException.BadInput(
                string.Join("; ", problems.Distinct(StringComparer.Ordinal)) +
                ". Give the venue each account trades at: --broker alpaca, or --accounts FILE (docs/accounts.md).");
        }
    }

    private static VenueKind? KindOf(RunInputs inputs, AccountId account)
    {
        if (inputs.SourceTexts.GetValueOrDefault(AccountVenues.SourceKey) is { } text)
        {
            var map = AccountsReader.Read(text, AccountVenues.JournaledName);
            return map.IsValid ? map.Value.Find(account)?.Kind : null;
        }

        return BrokerSpec.Parse(inputs.BrokerSpec).IsPaper ? VenueKind.Paper : VenueKind.Alpaca;
    }

    private static string Name(VenueKind kind) => kind == VenueKind.Paper ? "the paper venue" : "Alpaca";
}
