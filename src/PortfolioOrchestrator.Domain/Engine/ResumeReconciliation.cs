using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Domain.Steps.Step4;

namespace PortfolioOrchestrator.Domain.Engine;

/// <summary>
/// CONTRACT Resolution 12: before a resumed run does anything else, every order the journal says the
/// venue holds is looked up. A fill the venue reports beyond the journal's is taken in (it happened);
/// an order the venue does not know, or a smaller fill than journaled, cannot be explained, so an
/// escalation pauses the run instead of trading.
/// </summary>
public sealed class ResumeReconciliation(EngineServices services)
{
    public async Task<StepResult> RunAsync(RunSession session, CancellationToken cancellationToken)
    {
        if (session.Approvals.Reconciliation)
        {
            return StepResult.Continue;
        }

        var mismatches = new List<string>();
        foreach (var trade in session.Trades.Where(t => t.ClientOrderId is not null && t.Status is TradeStatus.Executed or TradeStatus.PendingFill).ToList())
        {
            var lookup = await services.Venues.For(trade.Trade.Account).GetOrderAsync(trade.ClientOrderId!.Value, cancellationToken);
            switch (lookup.Kind)
            {
                case OrderLookupKind.Unresolved:
                    throw new BrokerUnavailableException($"Could not reconcile {trade.ClientOrderId} with {services.Venues.For(trade.Trade.Account).Name} ({lookup.Reason}); nothing was sent.");
                case OrderLookupKind.NotFound:
                    mismatches.Add($"{trade.TradeId}: the journal records {trade.ClientOrderId} as {trade.Status} but {services.Venues.For(trade.Trade.Account).Name} has no such order");
                    break;
                default:
                    var journaled = trade.Fill?.Quantity ?? 0m;
                    var reported = FillReader.Read(lookup.Order!);
                    var venueQuantity = reported?.Quantity ?? 0m;
                    if (venueQuantity < journaled)
                    {
                        mismatches.Add($"{trade.TradeId}: the journal records {journaled} shares filled for {trade.ClientOrderId}, {services.Venues.For(trade.Trade.Account).Name} reports {venueQuantity}");
                    }
                    else if (venueQuantity > journaled && trade.Status == TradeStatus.Executed)
                    {
                        session.Update(trade with { Fill = reported });
                        session.Record("reconcile.fill_updated", $"{trade.TradeId} {trade.ClientOrderId}: {journaled} → {venueQuantity} shares");
                    }

                    break;
            }
        }

        if (mismatches.Count == 0)
        {
            session.Record("reconcile.done", "journal and venue agree");
            await session.CommitAsync(cancellationToken);
            return StepResult.Continue;
        }

        var escalation = session.Raise(
            EscalationType.ReconciliationMismatch,
            EscalationStep.Resume,
            string.Join("; ", mismatches),
            HeldTrades.Of(session),
            "Nothing is sent until decided: approve to accept the venue's record and continue, defer, or halt",
            blocking: true);
        session.Pause(escalation);
        await session.CommitAsync(cancellationToken);
        return StepResult.Paused;
    }
}
