using System.Text.Json.Nodes;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Paper.Tests.Support;
using PortfolioOrchestrator.Testing.Contracts;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Paper.Tests.Contract;

/// <summary>The broker contract against the persistent paper venue, its tickers set by a paper script.</summary>
public sealed class PaperVenueContractTests : BrokerContract
{
    private readonly TempDirectory _state = new("paper");

    protected override async Task<IBroker> OpenAsync(decimal openingCash, IReadOnlyList<ContractTicker> tickers)
    {
        var venue = PaperVenue.Open(_state.Path, Support.Paper.Script(Script(tickers)), new SimulatedClock(Support.Paper.Start));
        await venue.EnsureAccountAsync(Money.FromDollars(openingCash));
        return venue;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _state.Dispose();
    }

    private static string Script(IReadOnlyList<ContractTicker> tickers)
    {
        var entries = new JsonObject();
        foreach (var ticker in tickers)
        {
            var entry = new JsonObject { ["price"] = ticker.Price };
            switch (ticker.Fill)
            {
                case ContractFill.Half:
                    entry["fill_ratio"] = 0.5m;
                    break;
                case ContractFill.Never:
                    entry["no_fill"] = true;
                    break;
                case ContractFill.Reject:
                    entry["reject"] = "not tradable in the contract";
                    break;
            }

            entries[ticker.Symbol] = entry;
        }

        return new JsonObject { ["tickers"] = entries }.ToJsonString();
    }
}
