namespace PortfolioOrchestrator.Domain.Steps.Step8;

/// <summary>What STEP 8's tracking finds about one lot we protect (CONTRACT Resolution 16).</summary>
public enum ProtectionFindingKind
{
    /// <summary>The lot holds shares and no protective order of ours works for them at the venue.</summary>
    Missing,

    /// <summary>The working protective orders cover another quantity than the lot still holds.</summary>
    WrongQuantity,

    /// <summary>A working protective order lapses within <see cref="ExpiryRule.Sessions"/> NYSE sessions (the venue's <c>expires_at</c>).</summary>
    Expiring,

    /// <summary>A protective order filled (a stop or target hit): taken in, its own slice of its own lot consumed (CONTRACT Resolution 15).</summary>
    Filled,

    /// <summary>The venue holds fewer shares than the journal's lots: the lots were taken down first in, first out.</summary>
    HeldLess,

    /// <summary>The lot holds no shares any more while protective orders of ours still work for it: they are to be canceled.</summary>
    PositionGone,

    /// <summary>The venue could not be read for this lot, so nothing about it was checked.</summary>
    NotChecked,
}
