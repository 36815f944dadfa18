using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Accounts;

/// <summary>
/// One entry of <c>--accounts FILE</c> (CONTRACT §7): the venue that serves <paramref name="Account"/>. For
/// Alpaca the file names the environment variables that hold the key and the secret, never their values.
/// </summary>
/// <param name="Account">The PORTFOLIO.md account.</param>
/// <param name="Kind">Paper or Alpaca.</param>
/// <param name="KeyIdVariable">Alpaca only: the environment variable holding the key id.</param>
/// <param name="SecretVariable">Alpaca only: the environment variable holding the secret key.</param>
/// <param name="BaseUrl">Alpaca only, optional: the Trading API endpoint (default Alpaca's paper endpoint).</param>
public sealed record AccountVenue(AccountId Account, VenueKind Kind, string? KeyIdVariable, string? SecretVariable, Uri? BaseUrl)
{
    /// <summary>The venue's name in reports and the journal: <c>paper</c>, or <c>alpaca</c> with the key's variable.</summary>
    public string VenueName => Kind == VenueKind.Paper ? "paper" : $"alpaca:{KeyIdVariable}";
}
