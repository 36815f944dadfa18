namespace PortfolioOrchestrator.Testing.Broker;

/// <summary>Fluent set-up of one ticker's behaviour at an <see cref="InMemoryBroker"/>.</summary>
public sealed class TickerScript(InMemoryBroker broker, string ticker)
{
    public InMemoryBroker Broker => broker;

    public TickerScript FillsAt(decimal price, decimal slippageBps = 0m) => Change(b => b with { Price = price, SlippageBps = slippageBps });

    public TickerScript Slippage(decimal bps) => Change(b => b with { SlippageBps = bps });

    public TickerScript PartialFill(decimal ratio, bool restStaysOpen = false) => Change(b => b with { FillRatio = ratio, RestStaysOpen = restStaysOpen });

    public TickerScript Rejects(string reason) => Change(b => b with { RejectReason = reason });

    public TickerScript NeverFills() => Change(b => b with { NeverFill = true });

    /// <summary>Stays working, unfilled, until it is looked up the <paramref name="lookups"/>th time.</summary>
    public TickerScript FillsAfterLookups(int lookups) => Change(b => b with { FillOnLookup = lookups });

    public TickerScript SubmitUnresolved() => Change(b => b with { SubmitFault = SubmitFault.UnresolvedRecorded });

    public TickerScript SubmitUnresolvedNotRecorded() => Change(b => b with { SubmitFault = SubmitFault.UnresolvedNotRecorded });

    public TickerScript LookupUnavailable(bool unavailable = true) => Change(b => b with { LookupUnavailable = unavailable });

    public TickerScript CannotProtect(string reason) => Change(b => b with { ProtectionGap = reason });

    /// <summary>Back to filling in full at the reference price.</summary>
    public TickerScript Normal() => Change(_ => TickerBehaviour.Default);

    private TickerScript Change(Func<TickerBehaviour, TickerBehaviour> change)
    {
        broker.SetBehaviour(ticker, change(broker.BehaviourOf(ticker)));
        return this;
    }
}
