using FsCheck;
using FsCheck.Fluent;

namespace PortfolioOrchestrator.Domain.Tests.Validation;

/// <summary>
/// STEP 1–2 inputs around the thresholds: cash $5k–$90k, Technology from 0 to about a third of the
/// portfolio, QA's Technology allocation 0–20 %, 1–6 trades of $500–$40,000 (a quarter sells), and
/// mostly fresh portfolios (under the two hours that need no refresh) with some days too old.
/// </summary>
public static class PreExecutionArbitraries
{
    public static Arbitrary<PreExecutionScenario> Scenarios()
    {
        var sector = Gen.Elements<string?>("Technology", "Technology", "Energy", "Healthcare", null);
        var trade =
            from sell in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from size in Gen.Choose(5, 400)
            from inSector in sector
            from approved in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
            select new PendingTradeSpec(sell, size, inSector, approved);
        var scenario =
            from cash in Gen.Choose(5, 90)
            from shares in Gen.Choose(0, 600)
            from approvedPercent in Gen.Choose(0, 20)
            from days in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(4, 6)))
            from minutes in Gen.Choose(0, 110)
            from pause in Gen.Elements(true, false)
            from count in Gen.Choose(1, 6)
            from trades in Gen.ListOf(trade, count)
            select new PreExecutionScenario(cash, shares, approvedPercent, days, minutes, pause, [.. trades]);
        return scenario.ToArbitrary();
    }
}
