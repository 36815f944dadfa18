namespace PortfolioOrchestrator.Application;

/// <summary>The exit codes of CONTRACT §2.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;
    public const int CompletedWithEscalations = 3;
    public const int AwaitingDecision = 4;

    /// <summary>Stopped by SIGINT or SIGTERM at a safe point (CONTRACT Resolution 19): 128 + SIGINT.</summary>
    public const int Interrupted = 130;
}
