namespace PortfolioOrchestrator.Domain.Policy;

/// <summary>Where a cash buffer stands against the policy's <c>min_buffer</c> and <c>buffer_floor</c>.</summary>
public enum BufferBand
{
    /// <summary>At or above <see cref="ExecutionPolicy.MinBuffer"/>.</summary>
    Healthy,

    /// <summary>At or above <see cref="ExecutionPolicy.BufferFloor"/> and below the minimum.</summary>
    Marginal,

    /// <summary>Below <see cref="ExecutionPolicy.BufferFloor"/>.</summary>
    BelowFloor,
}
