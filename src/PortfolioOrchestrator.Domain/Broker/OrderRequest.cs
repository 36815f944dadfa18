using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// An entry order as STEP 3C sends it: <c>execute_order(ticker, dollars, account)</c>, a market order for
/// <see cref="Notional"/> dollars with our deterministic <see cref="ClientOrderId"/>.
/// <see cref="ReferencePrice"/> is QA's last known price per share (a simulated venue fills around it).
/// </summary>
public sealed record OrderRequest(
    ClientOrderId ClientOrderId,
    Ticker Ticker,
    OrderSide Side,
    AccountId Account,
    Money Notional,
    Money ReferencePrice);
