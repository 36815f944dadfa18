namespace PortfolioOrchestrator.Reporting.Routing;

/// <summary>One STEP 8 message: who it is for, the file it goes to (a bare name), and its Markdown.</summary>
public sealed record RoutedMessage(string Recipient, string FileName, string Body);
