using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Policy;

/// <summary>Rules across keys: 0 &lt; buffer_floor ≤ min_buffer &lt; 1, and a refresh escalates no sooner than it times out.</summary>
internal static class PolicyConsistency
{
    public static void Check(ExecutionPolicy policy, ProblemList problems)
    {
        if (policy.BufferFloor > policy.MinBuffer)
        {
            problems.Add(null, PolicyKeys.BufferFloor,
                $"buffer_floor {policy.BufferFloor.Fraction} is above min_buffer {policy.MinBuffer.Fraction}; expected 0 < buffer_floor ≤ min_buffer < 1");
        }

        if (policy.RefreshTimeout > policy.RefreshEscalateAfter)
        {
            problems.Add(null, PolicyKeys.RefreshTimeoutMinutes,
                $"refresh_timeout_minutes {policy.RefreshTimeout.TotalMinutes} is longer than refresh_escalate_minutes {policy.RefreshEscalateAfter.TotalMinutes}; expected the timeout to come no later than the escalation");
        }
    }
}
