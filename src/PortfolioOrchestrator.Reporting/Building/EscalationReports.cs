using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>An escalation in the report's words, numbered as the seed numbers its triggers.</summary>
internal static class EscalationReports
{
    public static EscalationReport From(Escalation escalation) => new()
    {
        Id = escalation.Id.Value,
        Type = ContractNames.Of(escalation.Type),
        Number = ContractNames.NumberOf(escalation.Type),
        Step = escalation.Step.Text(),
        Trigger = escalation.Trigger,
        TradeIds = [.. escalation.TradeIds.Select(id => id.Value)],
        Action = escalation.Action,
        Status = ContractNames.Of(escalation.Status),
        Blocking = escalation.Blocking,
        RaisedAt = ExchangeTime.Of(escalation.RaisedAt),
        Decision = escalation.Decision is { } decision
            ? new DecisionReport { Kind = ContractNames.Of(decision.Kind), By = decision.By, Note = decision.Note, At = ExchangeTime.Of(decision.At) }
            : null,
    };
}
