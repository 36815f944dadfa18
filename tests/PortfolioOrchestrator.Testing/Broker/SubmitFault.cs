namespace PortfolioOrchestrator.Testing.Broker;

/// <summary>How a submit's answer goes wrong at the <see cref="InMemoryBroker"/>.</summary>
public enum SubmitFault
{
    None,

    /// <summary>The venue records the order, then the answer is lost (a dropped connection after accepting).</summary>
    UnresolvedRecorded,

    /// <summary>The answer is lost and the venue never saw the order.</summary>
    UnresolvedNotRecorded,
}
