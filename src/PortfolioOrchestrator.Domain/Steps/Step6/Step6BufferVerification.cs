using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step6;

/// <summary>
/// STEP 6: the buffer after the run's fills; FAIL raises #4 once without pausing (CONTRACT Resolution 10),
/// CAUTION is a caveat.
/// </summary>
public static class Step6BufferVerification
{
    /// <summary>Raises or notes what the check finds and returns it for the report.</summary>
    public static (Money CashAfter, Ratio Buffer, BufferCheck Check) Run(RunSession session)
    {
        var policy = session.Inputs.Policy;
        var buffer = new BufferVerificationRule(policy).Evaluate(session.Header.StartCash, session.Header.TotalValue, session.Trades);
        if (buffer.Check == BufferCheck.Fail && !session.Escalations.Any(e => e.Type == EscalationType.BufferBreached && e.Step == EscalationStep.Step6))
        {
            session.Raise(EscalationType.BufferBreached, EscalationStep.Step6, $"Buffer {buffer.Buffer} after execution (cash {buffer.CashAfter}), below the {policy.BufferFloor} floor", [], "Request deposit or position reduction", blocking: false);
        }
        else if (buffer.Check == BufferCheck.Caution)
        {
            session.AddCaveat("Buffer marginal after execution, acceptable; monitor daily");
        }

        return buffer;
    }
}
