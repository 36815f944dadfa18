namespace PortfolioOrchestrator.Testing.Contracts;

/// <summary>How a venue under the <see cref="BrokerContract"/> treats one ticker's entry (market) orders.</summary>
public enum ContractFill
{
    /// <summary>Filled in full at once at the ticker's price.</summary>
    Full,

    /// <summary>Half filled at once at the ticker's price; the venue may keep the rest working or cancel it.</summary>
    Half,

    /// <summary>Accepted and left working, nothing filled.</summary>
    Never,

    /// <summary>Refused by the venue.</summary>
    Reject,
}

/// <summary>A ticker the contract trades: its price in dollars per share and how its orders fill.</summary>
public sealed record ContractTicker(string Symbol, decimal Price, ContractFill Fill);
