namespace PortfolioOrchestrator.Delivery;

/// <summary>One message to one channel: <c>outbox</c> or <c>webhook</c>, delivered or recorded as failed (with where).</summary>
public sealed record DeliveryResult(string Recipient, string File, string Channel, bool Delivered, int Attempts, string? Error, string? FailedRecord);
