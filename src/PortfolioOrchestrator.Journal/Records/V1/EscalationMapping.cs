using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>An escalation to and from its version-1 record, field by field.</summary>
internal static class EscalationMapping
{
    public static EscalationRecord ToRecord(Escalation escalation) => new()
    {
        Id = escalation.Id.Value,
        Type = Spellings.EscalationType.Write(escalation.Type),
        Step = Spellings.EscalationStep.Write(escalation.Step),
        Trigger = escalation.Trigger,
        TradeIds = [.. escalation.TradeIds.Select(id => id.Value)],
        Action = escalation.Action,
        Status = Spellings.EscalationStatus.Write(escalation.Status),
        Blocking = escalation.Blocking,
        RaisedAt = escalation.RaisedAt,
        Decision = escalation.Decision is { } decision
            ? new DecisionRecord { Kind = Spellings.DecisionKind.Write(decision.Kind), By = decision.By, Note = decision.Note, At = decision.At }
            : null,
    };

    public static Escalation ToDomain(EscalationRecord record) => new()
    {
        Id = EscalationId.Create(record.Id),
        Type = Spellings.EscalationType.Read(record.Type),
        Step = Spellings.EscalationStep.Read(record.Step),
        Trigger = record.Trigger,
        TradeIds = [.. (record.TradeIds ?? []).Select(TradeId.Create)],
        Action = record.Action,
        Status = Spellings.EscalationStatus.Read(record.Status),
        Blocking = record.Blocking,
        RaisedAt = record.RaisedAt,
        Decision = record.Decision is { } decision
            ? new Decision(Spellings.DecisionKind.Read(decision.Kind), decision.By, decision.Note, decision.At)
            : null,
    };
}
