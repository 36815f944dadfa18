using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Domain.Accounts;

/// <summary>
/// The run's venue name as the journal's run header keeps it (CONTRACT §7: the journal records each trade's
/// venue): one name (<c>paper</c>, <c>alpaca</c>) when one venue serves every account, else each account with
/// its venue, <c>TAXABLE-1: alpaca:APCA_TAXABLE_KEY_ID, ROTH-1: paper</c>. Written and read only here.
/// </summary>
public static class VenueNames
{
    private const string Between = ", ";
    private const string After = ": ";

    public static string Format(IEnumerable<AccountVenue> venues) =>
        string.Join(Between, venues.Select(v => $"{v.Account}{After}{v.VenueName}"));

    /// <summary>Whether the run had a venue per account (<c>--accounts</c>).</summary>
    public static bool IsPerAccount(string runVenue) => runVenue?.Contains(After, StringComparison.Ordinal) == true;

    /// <summary>The venue that served <paramref name="account"/> in a run whose header says <paramref name="runVenue"/>.</summary>
    public static string For(string runVenue, AccountId? account)
    {
        ArgumentNullException.ThrowIfNull(runVenue);
        if (!IsPerAccount(runVenue))
        {
            return runVenue;
        }

        foreach (var pair in runVenue.Split(Between))
        {
            var parts = pair.Split(After, 2);
            if (parts.Length == 2 && account is { } a && AccountId.Create(parts[0]) == a)
            {
                return parts[1];
            }
        }

        return runVenue;
    }
}
