using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Refresh;

namespace PortfolioOrchestrator.Domain.Tests.Accounts;

/// <summary>CONTRACT §7: a venue refresh with several venues asks each about its own accounts only.</summary>
public sealed class PerAccountRefresherTests
{
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");
    private static readonly AccountId Roth = AccountId.Create("ROTH-1");

    /// <summary>A venue that reports <paramref name="cash"/> as the total cash of what it was asked about.</summary>
    private sealed class CashVenue(decimal cash) : IPortfolioRefresher
    {
        public List<PortfolioSnapshot> Asked { get; } = [];

        public Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
        {
            Asked.Add(request.Current);
            return Task.FromResult(RefreshOutcome.Completed(request.Current with { TotalCash = Money.FromDollars(cash) }, TimeSpan.FromMinutes(1)));
        }
    }

    private static RefreshRequest Request(PortfolioSnapshot portfolio) => new()
    {
        RunId = RunId.Create("QA-1-R1"),
        Scope = RefreshScope.Quick,
        Current = portfolio,
        Timeout = TimeSpan.FromMinutes(10),
        Now = EngineHarness.DefaultNow,
        Accounts = [Taxable, Roth],
        TradeAccounts = [Taxable, Roth],
        Reason = "test",
    };

    [Fact]
    public async Task Section7_each_venue_is_asked_about_its_own_accounts_and_its_cash_replaces_only_theirs()
    {
        var taxableVenue = new CashVenue(28_000m);
        var rothVenue = new CashVenue(9_000m);
        var refresher = new PerAccountRefresher([(taxableVenue, new HashSet<AccountId> { Taxable }), (rothVenue, new HashSet<AccountId> { Roth })]);

        var outcome = await refresher.RefreshAsync(Request(new PortfolioBuilder().Build()), CancellationToken.None);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        var asked = Assert.Single(rothVenue.Asked);
        Assert.Equal([Roth], asked.Accounts.Select(a => a.Account));
        Assert.All(asked.Positions, p => Assert.Equal(Roth, p.Account));
        Assert.Equal(15_000m, asked.TotalCash.Dollars);
        var fresh = outcome.Portfolio!;
        Assert.Equal(28_000m, fresh.Accounts.Single(a => a.Account == Taxable).Cash.Dollars);
        Assert.Equal(9_000m, fresh.Accounts.Single(a => a.Account == Roth).Cash.Dollars);
        Assert.Equal(37_000m, fresh.TotalCash.Dollars);
        Assert.Equal(4, fresh.Positions.Count);
    }
}
