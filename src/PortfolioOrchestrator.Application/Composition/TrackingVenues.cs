using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// The venues <c>po monitor</c> and <c>po protect</c> read and repair at (CONTRACT §7, Resolution 16): with
/// <c>--accounts FILE</c> each account's own venue, every account with lots to check mapped; otherwise
/// <c>--broker</c> for every account — and <c>--broker alpaca</c> (one key is one account) only for lots of one
/// account. Everything is checked before anything connects; any problem is exit 2.
/// </summary>
public static class TrackingVenues
{
    /// <summary>Checks the options against the accounts whose lots are to be checked; returns the map (null without <c>--accounts</c>).</summary>
    public static TrackingPlan Resolve(PoEnvironment environment, string? brokerText, string? accountsFile, bool live, IReadOnlyCollection<AccountId> accounts)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(accounts);
        var spec = BrokerSpec.Parse(brokerText);
        if (spec.ScriptPath is not null)
        {
            throw PoException.BadInput($"--broker {spec}: a paper script applies to po run; po monitor and po protect read the paper venue as it stands (--broker paper)");
        }

        if (accountsFile is null)
        {
            return ResolveSingle(environment, spec, live, accounts);
        }

        if (!spec.IsPaper || brokerText is not null)
        {
            throw PoException.BadInput($"--accounts and --broker {spec} together: with --accounts each account's venue comes from {accountsFile}; leave --broker out");
        }

        var (map, _) = AccountVenues.Load(environment, accountsFile, null);
        var unmapped = accounts.Where(a => map.Find(a) is null).Select(a => a.Value).Order(StringComparer.Ordinal).ToList();
        if (unmapped.Count > 0)
        {
            throw PoException.BadInput($"{accountsFile} maps no venue for {string.Join(", ", unmapped)}, whose lots the journal protects; add {(unmapped.Count == 1 ? "it" : "them")} to the file");
        }

        foreach (var entry in map.Entries.Where(e => e.Kind == VenueKind.Alpaca && accounts.Contains(e.Account)))
        {
            AccountVenues.OptionsFor(environment, entry, accountsFile, live);
        }

        return new TrackingPlan(spec, map, accountsFile);
    }

    /// <summary>Opens the venues of <paramref name="plan"/>: the state directory's paper venue as it stands, and one connection per Alpaca account.</summary>
    public static async Task<Venue> OpenAsync(PoEnvironment environment, TrackingPlan plan, string stateDirectory, EngineClock clock, bool live)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Task<Venue> OpenPaper()
        {
            var paper = PaperStateFile.Open(stateDirectory, PaperScript.Standard, clock.Clock);
            return Task.FromResult(new Venue(paper, new Paper.PaperRefresher(paper, clock.Waiter), paper));
        }

        if (plan.Map is { } map)
        {
            return await AccountVenues.OpenAsync(environment, map, plan.AccountsFile!, live, OpenPaper, options => Task.FromResult(VenueFactory.OpenAlpaca(environment, options, clock).Venue)).ConfigureAwait(false);
        }

        return plan.Spec.IsPaper ? await OpenPaper().ConfigureAwait(false) : VenueFactory.OpenAlpaca(environment, live, clock).Venue;
    }

    private static TrackingPlan ResolveSingle(PoEnvironment environment, BrokerSpec spec, bool live, IReadOnlyCollection<AccountId> accounts)
    {
        if (spec.IsPaper)
        {
            if (live)
            {
                throw PoException.BadInput("--live applies only to --broker alpaca; this uses the paper venue");
            }

            return new TrackingPlan(spec, null, null);
        }

        VenueFactory.AlpacaOptionsFrom(environment, live);
        if (accounts.Count > 1)
        {
            var names = string.Join(", ", accounts.Select(a => a.Value).Order(StringComparer.Ordinal));
            throw PoException.BadInput(
                $"--broker alpaca: the journal protects lots of {accounts.Count} accounts ({names}), and one Alpaca key is one account; " +
                "map each account to its own venue with --accounts FILE (docs/accounts.md) so no order lands in another account");
        }

        return new TrackingPlan(spec, null, null);
    }
}

/// <summary>Where <c>po monitor</c> / <c>po protect</c> look: one venue for every account (<see cref="Spec"/>), or each account's (<see cref="Map"/>).</summary>
public sealed record TrackingPlan(BrokerSpec Spec, AccountMap? Map, string? AccountsFile)
{
    /// <summary>The kind of venue that serves <paramref name="account"/>.</summary>
    public VenueKind KindFor(AccountId account) =>
        Map?.Find(account)?.Kind ?? (Spec.IsPaper ? VenueKind.Paper : VenueKind.Alpaca);
}
