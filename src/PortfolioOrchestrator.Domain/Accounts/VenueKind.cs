namespace PortfolioOrchestrator.Domain.Accounts;

/// <summary>Which venue serves an account in <c>--accounts FILE</c> (CONTRACT §7).</summary>
public enum VenueKind
{
    /// <summary>The state directory's persistent paper venue.</summary>
    Paper,

    /// <summary>An Alpaca account, opened with its own key.</summary>
    Alpaca,
}
