using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Inputs.Json;

namespace PortfolioOrchestrator.Inputs.Policy;

/// <summary>Rules across keys: 0 &lt; buffer_floor ≤ min_buffer &lt; 1, and a refresh escalates no sooner than it times out.</summary>
internal static class PolicyConsistency
{
    public static void Check(ExecutionPolicy policy, JsonFields fields)
    {
        if (policy.BufferFloor > policy.MinBuffer)
        {
            fields.Issue(PolicyKeys.BufferFloor,
                $"buffer_floor {policy.BufferFloor.Fraction} is above min_buffer {policy.MinBuffer.Fraction}", "0 < buffer_floor ≤ min_buffer < 1", $"{policy.BufferFloor.Fraction}");
        }

        if (policy.RefreshTimeout > policy.RefreshEscalateAfter)
        {
            fields.Issue(PolicyKeys.RefreshTimeoutMinutes,
                $"refresh_timeout_minutes {policy.RefreshTimeout.TotalMinutes} is longer than refresh_escalate_minutes {policy.RefreshEscalateAfter.TotalMinutes}",
                "the timeout to come no later than the escalation", $"{policy.RefreshTimeout.TotalMinutes}");
        }
    }
}
