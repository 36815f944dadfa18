namespace PortfolioOrchestrator.Delivery;

/// <summary>How a webhook delivery ended: delivered or not, after how many HTTP attempts, and the last error in words.</summary>
public sealed record DeliveryAttempt(bool Delivered, int Attempts, string? Error);
