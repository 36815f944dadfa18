using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Testing.Alpaca;
using PortfolioOrchestrator.Testing.Contracts;

namespace PortfolioOrchestrator.Alpaca.Tests.Contract;

/// <summary>
/// The broker contract against the Alpaca adapter over the fake Alpaca HTTP server. The contract reads a
/// fill in the submit's answer, so these symbols opt into <see cref="FakeFillMode.Immediate"/>; the fake's
/// default (accepted first, filled on a later read) is covered by the adapter's own tests.
/// </summary>
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
                ContractFill.Full => new FakeSymbolBehaviour(ticker.Price, FakeFillMode.Immediate),
                ContractFill.Half => new FakeSymbolBehaviour(ticker.Price, FakeFillMode.Immediate) { FillRatio = 0.5m },
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
