using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

public enum BufferVerdictKind
{
    /// <summary>≥ the minimum: continue.</summary>
    Intact,

    /// <summary>In [floor, minimum): flag, continue.</summary>
    Marginal,

    /// <summary>Marginal, and the next trade would end below the floor: halt the rest and escalate #3.</summary>
    MarginalNextWouldBreach,

    /// <summary>Below the floor: the trade counts, the rest halt, escalate #4.</summary>
    Breached,
}

/// <summary>STEP 3C's verdict after one trade: the buffer (a fraction) and, for a look-ahead, the next trade's.</summary>
public sealed record BufferVerdict(BufferVerdictKind Kind, Ratio Buffer, Ratio? NextBuffer);
