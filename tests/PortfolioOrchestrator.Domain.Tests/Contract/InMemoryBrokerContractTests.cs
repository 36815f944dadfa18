using Microsoft.Extensions.Time.Testing;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Testing.Broker;
using PortfolioOrchestrator.Testing.Contracts;

namespace PortfolioOrchestrator.Domain.Tests.Contract;

/// <summary>The broker contract against the in-memory venue the engine tests use.</summary>
public sealed class InMemoryBrokerContractTests : BrokerContract
{
    protected override Task<IBroker> OpenAsync(decimal openingCash, IReadOnlyList<ContractTicker> tickers)
    {
        var broker = new InMemoryBroker(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 18, 40, 0, TimeSpan.Zero))).ReportsCash(openingCash);
        foreach (var ticker in tickers)
        {
            var script = broker.Ticker(ticker.Symbol).FillsAt(ticker.Price);
            _ = ticker.Fill switch
            {
                ContractFill.Half => script.PartialFill(0.5m),
                ContractFill.Never => script.NeverFills(),
                ContractFill.Reject => script.Rejects("not tradable in the contract"),
                _ => script,
            };
        }

        return Task.FromResult<IBroker>(broker);
    }
}
