using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Broker;

/// <summary>
/// The venues of a run, by account (CONTRACT §7): each trade's orders, look-ups, protection and cash go to
/// its own account's venue and to no other. Without <c>--accounts</c> one venue serves every account.
/// </summary>
public sealed class VenueMap
{
    private static readonly IReadOnlyDictionary<AccountId, IBroker> NoAccounts = new Dictionary<AccountId, IBroker>();

    private readonly IBroker? _all;
    private readonly IReadOnlyDictionary<AccountId, IBroker> _byAccount;

    private VenueMap(IBroker? all, IReadOnlyDictionary<AccountId, IBroker> byAccount)
    {
        _all = all;
        _byAccount = byAccount;
    }

    /// <summary>One venue for every account (<c>--broker</c>).</summary>
    public static VenueMap Single(IBroker broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        return new VenueMap(broker, NoAccounts);
    }

    /// <summary>Each account's own venue (<c>--accounts</c>); accounts outside the map have none.</summary>
    public static VenueMap ByAccount(IReadOnlyDictionary<AccountId, IBroker> byAccount)
    {
        ArgumentNullException.ThrowIfNull(byAccount);
        return new VenueMap(null, new Dictionary<AccountId, IBroker>(byAccount));
    }

    /// <summary>Whether one venue serves every account.</summary>
    public bool IsSingle => _all is not null;

    /// <summary>
    /// The venue of <paramref name="account"/>. An account no venue serves is a programmer error: the inputs
    /// were checked (every account a trade names is mapped) before anything was sent.
    /// </summary>
    public IBroker For(AccountId? account)
    {
        if (_all is not null)
        {
            return _all;
        }

        return account is { } a && _byAccount.TryGetValue(a, out var broker)
            ? broker
            : throw new InvalidOperationException($"No venue serves account {account?.ToString() ?? "(none)"}; the inputs should have been refused.");
    }

    /// <summary>
    /// Each distinct venue with the accounts it serves, in the order of their first account; null accounts
    /// mean "every account" (<see cref="Single"/>).
    /// </summary>
    public IReadOnlyList<(IBroker Broker, IReadOnlySet<AccountId>? Accounts)> Venues =>
        _all is not null
            ? [(_all, null)]
            : [.. _byAccount
                .OrderBy(p => p.Key.Value, StringComparer.Ordinal)
                .GroupBy(p => p.Value, ReferenceEqualityComparer.Instance)
                .Select(g => ((IBroker)g.Key!, (IReadOnlySet<AccountId>?)g.Select(p => p.Key).ToHashSet()))];

    /// <summary>The same map with each distinct venue replaced by <paramref name="wrap"/> of it (once per venue, however many accounts it serves).</summary>
    public VenueMap Select(Func<IBroker, IBroker> wrap)
    {
        ArgumentNullException.ThrowIfNull(wrap);
        if (_all is not null)
        {
            return new VenueMap(wrap(_all), NoAccounts);
        }

        var wrapped = new Dictionary<IBroker, IBroker>(ReferenceEqualityComparer.Instance);
        return new VenueMap(null, _byAccount.ToDictionary(p => p.Key, p => wrapped.TryGetValue(p.Value, out var w) ? w : wrapped[p.Value] = wrap(p.Value)));
    }

    /// <summary>The venue's name for <paramref name="account"/> (<c>paper</c>, <c>alpaca</c>).</summary>
    public string NameFor(AccountId? account) => For(account).Name;
}
