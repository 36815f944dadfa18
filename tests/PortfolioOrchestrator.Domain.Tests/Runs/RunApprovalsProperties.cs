using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PortfolioOrchestrator.Domain.Tests.Runs;

/// <summary><see cref="RunApprovals.From"/> reads the escalations in one pass; it answers as the rule read one approval kind at a time.</summary>
public sealed class RunApprovalsProperties
{
    private static readonly EscalationType[] Types = Enum.GetValues<EscalationType>();
    private static readonly EscalationStep[] Steps = Enum.GetValues<EscalationStep>();
    private static readonly DecisionKind?[] Kinds = [null, .. Enum.GetValues<DecisionKind>().Cast<DecisionKind?>()];

    [Property(MaxTest = 300)]
    public Property One_pass_answers_as_each_kind_read_alone() =>
        Prop.ForAll(Scenario().ToArbitrary(), scenario =>
        {
            var (escalations, awaiting) = scenario;
            var approved = escalations.Where(e => e.Blocking && e.Decision?.Kind == DecisionKind.Approve && e.Id != awaiting).ToList();
            static bool Other(Escalation e) => e.Type is not (EscalationType.StalePortfolio or EscalationType.ReconciliationMismatch);
            var expected = new RunApprovals(
                approved.Any(e => e.Type == EscalationType.StalePortfolio),
                approved.Any(e => Other(e) && e.Step != EscalationStep.Step3C),
                approved.Any(e => Other(e) && e.Step == EscalationStep.Step3C),
                approved.Any(e => e.Type == EscalationType.ReconciliationMismatch));
            return expected == RunApprovals.From(escalations, awaiting);
        });

    private static Gen<(List<Escalation> Escalations, EscalationId? Awaiting)> Scenario() =>
        from count in Gen.Choose(0, 6)
        from specs in Gen.ListOf(
            from type in Gen.Elements(Types)
            from step in Gen.Elements(Steps)
            from kind in Gen.Elements(Kinds)
            from blocking in ArbMap.Default.GeneratorFor<bool>()
            select (type, step, kind, blocking),
            count)
        from awaiting in Gen.Choose(0, count + 1)
        select (specs.Select((s, i) => Escalation(i + 1, s.type, s.step, s.kind, s.blocking)).ToList(),
            awaiting >= 1 && awaiting <= count ? EscalationId.Create($"R-1-E{awaiting}") : (EscalationId?)null);

    private static Escalation Escalation(int number, EscalationType type, EscalationStep step, DecisionKind? kind, bool blocking) =>
        RunApprovalsTests.Pause(type, step) with
        {
            Id = EscalationId.Create($"R-1-E{number}"),
            Blocking = blocking,
            Decision = kind is { } k ? new Decision(k, "Master-Architect", null, Examples.Approval) : null,
        };
}
