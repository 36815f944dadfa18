using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Testing.Alpaca;
using PortfolioOrchestrator.Testing.Contracts;

namespace PortfolioOrchestrator.Alpaca.Tests.Contract;

/// <summary>The broker contract against the Alpaca adapter over the fake Alpaca HTTP server.</summary>
public sealed class AlpacaBrokerContractTests : BrokerContract
{
    private AlpacaHarness? _alpaca;

    protected override Task<IBroker> OpenAsync(decimal openingCash, IReadOnlyList<ContractTicker> tickers)
    {
        _alpaca = new AlpacaHarness();
        _alpaca.Server.Cash = openingCash;
        foreach (var ticker in tickers)
        {
            _alpaca.Server.SetSymbol(ticker.Symbol, ticker.Fill switch
            {
                ContractFill.Full => new FakeSymbolBehaviour(ticker.Price),
                ContractFill.Half => new FakeSymbolBehaviour(ticker.Price) { FillRatio = 0.5m },
                ContractFill.Never => new FakeSymbolBehaviour(ticker.Price, FakeFillMode.Never),
                _ => new FakeSymbolBehaviour(ticker.Price, FakeFillMode.Reject) { RejectMessage = "not tradable in the contract" },
            });
        }

        return Task.FromResult<IBroker>(_alpaca.Broker);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _alpaca?.Dispose();
    }
}
