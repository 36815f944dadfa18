namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>
/// One lot we protect as <see cref="LotProtectionRule"/> judged it: the shares its protection should cover
/// (<see cref="Expected"/>), those its working orders cover (<see cref="Covered"/>), and what was found.
/// </summary>
public sealed record LotCondition(LotView View, decimal Expected, decimal Covered, IReadOnlyList<ProtectionFindingKind> Kinds)
{
    /// <summary>Whether <c>po protect</c> has something to do for the lot.</summary>
    public bool NeedsRepair => Kinds.Any(k => k is ProtectionFindingKind.Missing or ProtectionFindingKind.WrongQuantity or ProtectionFindingKind.Expiring or ProtectionFindingKind.PositionGone);

    /// <summary>Whether the lot's protection is as the journal says it should be.</summary>
    public bool IsOk => Kinds.Count == 0;
}
