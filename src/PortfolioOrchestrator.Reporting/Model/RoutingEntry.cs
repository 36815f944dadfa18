namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>One routed message: the recipient (<c>Quality-Assurance</c>, <c>Stock-Analyst</c>, <c>Master-Architect</c>, <c>Client</c>) and the file written for it.</summary>
public sealed record RoutingEntry(string Recipient, string File);
