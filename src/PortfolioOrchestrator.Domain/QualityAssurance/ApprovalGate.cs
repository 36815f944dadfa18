namespace PortfolioOrchestrator.Domain.QualityAssurance;

/// <summary>QA's gate values that matter here.</summary>
public static class ApprovalGate
{
    /// <summary>The only gate whose trades are ever sent to a broker.</summary>
    public const string ApprovedForExecution = "APPROVED_FOR_EXECUTION";
}
