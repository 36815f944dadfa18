namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// The venue could not be asked about an order whose outcome matters. Nothing further is sent; the run
/// stays as journaled and <c>po resume</c> settles it by client order id.
/// </summary>
public sealed class BrokerUnavailableException(string message) : Exception(message);
