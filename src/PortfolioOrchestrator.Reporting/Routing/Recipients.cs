namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>STEP 8's recipients, as the agent team names them, and the file each one's message is written to.</summary>
public static class Recipients
{
    public const string QualityAssurance = "Quality-Assurance";
    public const string StockAnalyst = "Stock-Analyst";
    public const string MasterArchitect = "Master-Architect";
    public const string Client = "Client";

    public const string QualityAssuranceFile = "to-quality-assurance.md";
    public const string StockAnalystFile = "to-stock-analyst.md";
    public const string MasterArchitectFile = "to-master-architect.md";
    public const string ClientFile = "to-client.md";

    /// <summary>STEP 2C's refresh request with <c>--refresh persona</c> (CONTRACT Resolution 24), not a STEP 8 message.</summary>
    public const string PortfolioPersona = "Portfolio-Persona";

    public const string PortfolioPersonaFile = "to-portfolio-persona.md";
}
