namespace PortfolioOrchestrator.Domain.Tests.Runs;

public sealed class RunPhaseTransitionsTests
{
    private static readonly HashSet<(RunPhase From, RunPhase To)> Expected =
    [
        (RunPhase.Startup, RunPhase.PreExecution),
        (RunPhase.Startup, RunPhase.PostExecution),
        (RunPhase.PreExecution, RunPhase.Executing),
        (RunPhase.PreExecution, RunPhase.PostExecution),
        (RunPhase.Executing, RunPhase.PostExecution),
        (RunPhase.PostExecution, RunPhase.Done),
    ];

    public static TheoryData<RunPhase, RunPhase> EveryPair() => EnumPairs.Of<RunPhase>();

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void A_run_moves_forward_through_its_phases_or_straight_to_post_execution_and_never_back(RunPhase from, RunPhase to) =>
        Assert.Equal(Expected.Contains((from, to)), RunPhaseTransitions.Allows(from, to));
}
