using PortfolioOrchestrator.Domain.Steps.Step8;

namespace PortfolioOrchestrator.Reporting.Tracking;

/// <summary>How STEP 8's tracking findings are written in reports and JSON (CONTRACT Resolution 16).</summary>
public static class TrackingNames
{
    public const string Missing = "PROTECTION_MISSING";
    public const string WrongQuantity = "PROTECTION_QUANTITY";
    public const string Expiring = "PROTECTION_EXPIRING";
    public const string Filled = "PROTECTION_FILLED";
    public const string HeldLess = "HELD_LESS_THAN_LOTS";
    public const string PositionGone = "POSITION_GONE";
    public const string NotChecked = "NOT_CHECKED";

    public static string Of(ProtectionFindingKind kind) => kind switch
    {
        ProtectionFindingKind.Missing => Missing,
        ProtectionFindingKind.WrongQuantity => WrongQuantity,
        ProtectionFindingKind.Expiring => Expiring,
        ProtectionFindingKind.Filled => Filled,
        ProtectionFindingKind.HeldLess => HeldLess,
        ProtectionFindingKind.PositionGone => PositionGone,
        ProtectionFindingKind.NotChecked => NotChecked,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A tracking finding has a name."),
    };
}
