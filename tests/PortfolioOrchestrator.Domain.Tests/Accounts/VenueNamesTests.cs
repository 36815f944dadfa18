using PortfolioOrchestrator.Domain.Accounts;

namespace PortfolioOrchestrator.Domain.Tests.Accounts;

/// <summary>CONTRACT §7: the journal's run header names each account's venue, and a trade's venue is read back from it.</summary>
public sealed class VenueNamesTests
{
    [Fact]
    public void Section7_each_accounts_venue_is_read_back_from_the_run_header()
    {
        var header = VenueNames.Format(
        [
            new AccountVenue(AccountId.Create("TAXABLE-1"), VenueKind.Alpaca, "APCA_TAXABLE_KEY_ID", "APCA_TAXABLE_SECRET_KEY", null),
            new AccountVenue(AccountId.Create("ROTH-1"), VenueKind.Paper, null, null, null),
        ]);

        Assert.Equal("TAXABLE-1: alpaca:APCA_TAXABLE_KEY_ID, ROTH-1: paper", header);
        Assert.True(VenueNames.IsPerAccount(header));
        Assert.Equal("alpaca:APCA_TAXABLE_KEY_ID", VenueNames.For(header, AccountId.Create("taxable-1")));
        Assert.Equal("paper", VenueNames.For(header, AccountId.Create("ROTH-1")));
    }

    [Fact]
    public void Section7_with_one_venue_every_account_is_at_that_venue()
    {
        Assert.False(VenueNames.IsPerAccount("alpaca"));
        Assert.Equal("alpaca", VenueNames.For("alpaca", AccountId.Create("ROTH-1")));
        Assert.Equal("paper", VenueNames.For("paper", null));
    }
}
