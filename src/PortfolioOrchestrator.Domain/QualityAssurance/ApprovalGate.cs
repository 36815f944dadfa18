namespace PortfolioOrchestrator.Domain.QualityAssurance;

/// <summary>
/// QA's gate values (CONTRACT Resolution 14). A gate is compared ignoring case and surrounding space,
/// with <c>_</c>, <c>-</c> and space alike, so <c>approved_for_execution</c> and <c>Approved for execution</c>
/// are <see cref="ApprovedForExecution"/>.
/// </summary>
public static class ApprovalGate
{
    /// <summary>The only gate whose trades are ever sent to a broker.</summary>
    public const string ApprovedForExecution = "APPROVED_FOR_EXECUTION";

    /// <summary>The gates the QA process uses; any other value is a typo until shown otherwise, and is warned about.</summary>
    public static IReadOnlyList<string> Known { get; } =
        [ApprovedForExecution, "REJECTED", "PENDING", "NEEDS_REVIEW", "REVISE_AND_RESUBMIT", "DEFERRED", "HOLD"];

    /// <summary>Whether <paramref name="gate"/> is <see cref="ApprovedForExecution"/> as Resolution 14 compares gates.</summary>
    public static bool IsApproved(string? gate) => string.Equals(Normalise(gate), ApprovedForExecution, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="gate"/> is one of the <see cref="Known"/> gates as Resolution 14 compares gates.</summary>
    public static bool IsKnown(string? gate) => Known.Contains(Normalise(gate), StringComparer.Ordinal);

    /// <summary>The gate in upper case, each run of <c>_</c>, <c>-</c> or white space one <c>_</c>, none at either end.</summary>
    public static string Normalise(string? gate) =>
        string.Join('_', (gate ?? string.Empty).ToUpperInvariant().Split(['_', '-', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
