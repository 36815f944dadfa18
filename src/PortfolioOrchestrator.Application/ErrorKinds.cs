namespace PortfolioOrchestrator.Application;

/// <summary>The <c>kind</c> of a <c>--json</c> error (CONTRACT Resolution 20).</summary>
public static class ErrorKinds
{
    public const string BadInput = "bad_input";
    public const string Internal = "internal";
    public const string VenueUnavailable = "venue_unavailable";
    public const string StateUnavailable = "state_unavailable";
    public const string Interrupted = "interrupted";
}
