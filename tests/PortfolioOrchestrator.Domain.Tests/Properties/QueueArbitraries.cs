using FsCheck;
using FsCheck.Fluent;
using PortfolioOrchestrator.Testing.Journal;

namespace PortfolioOrchestrator.Domain.Tests.Properties;

/// <summary>Random queues: 1–7 trades of $500–$12,000, a quarter sells, most approved, approval times with ties.</summary>
public static class QueueArbitraries
{
    public static Arbitrary<QueueScenario> Scenarios() => Queue().ToArbitrary();

    public static Arbitrary<CrashScenario> Crashes() => (
        from queue in Queue()
        from at in Gen.Choose(0, 1000)
        from moment in Gen.Elements(CrashMoment.AfterCommit, CrashMoment.BeforeCommit)
        select new CrashScenario(queue, at / 1000.0, moment)).ToArbitrary();

    private static Gen<QueueScenario> Queue()
    {
        var act = Gen.Frequency(
            (5, Gen.Constant(VenueAct.Fill)),
            (1, Gen.Constant(VenueAct.Slippage)),
            (2, Gen.Constant(VenueAct.PartialFill)),
            (2, Gen.Constant(VenueAct.Reject)),
            (1, Gen.Constant(VenueAct.SlowFill)),
            (1, Gen.Constant(VenueAct.UnresolvedSubmit)));
        var trade =
            from sell in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from size in Gen.Choose(5, 120)
            from approved in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
            from minute in Gen.Choose(0, 5)
            from venue in act
            select new TradeSpec(sell, size, approved, minute * 10, venue);
        var scenario =
            from count in Gen.Choose(1, 7)
            from trades in Gen.ListOf(trade, count)
            from decision in Gen.Elements(DecisionKind.Approve, DecisionKind.Defer, DecisionKind.Halt)
            from reportsCash in Gen.Elements(true, false)
            select new QueueScenario([.. trades], decision, reportsCash);
        return scenario;
    }
}
