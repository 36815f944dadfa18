using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Accounts;

/// <summary>
/// <c>--accounts FILE</c> as read (CONTRACT §7): each mapped PORTFOLIO.md account and its venue. Accounts
/// compare as <see cref="AccountId"/> does (ignoring case).
/// </summary>
public sealed class AccountMap
{
    private readonly Dictionary<AccountId, AccountVenue> _venues;

    public AccountMap(IEnumerable<AccountVenue> venues)
    {
        ArgumentNullException.ThrowIfNull(venues);
        _venues = venues.ToDictionary(v => v.Account);
    }

    /// <summary>The entries in the order of their accounts.</summary>
    public IReadOnlyList<AccountVenue> Entries => [.. _venues.Values.OrderBy(v => v.Account.Value, StringComparer.Ordinal)];

    public AccountVenue? Find(AccountId account) => _venues.GetValueOrDefault(account);
}
