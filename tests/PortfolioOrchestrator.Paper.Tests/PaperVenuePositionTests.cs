using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using static PortfolioOrchestrator.Paper.Tests.Support.Paper;

namespace PortfolioOrchestrator.Paper.Tests;

/// <summary>CONTRACT §6: the paper venue keeps positions per (account, ticker), reserves shares for open sells, and sells nothing it does not hold.</summary>
public sealed class PaperVenuePositionTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly AccountId Roth = AccountId.Create("ROTH-1");

    [Fact]
    public async Task Section6_the_venue_opens_with_its_positions_and_keeps_them_for_each_account()
    {
        using var venue = await HoldingAsync(5_000m, ("AAPL", 100m, 190m), ("JNJ", 400m, 155m));

        var positions = await venue.ListPositionsAsync();

        Assert.Equal([Holding("AAPL", 100m, 19_000m), Holding("JNJ", 400m, 62_000m)], positions);
        var account = (await venue.ReadAccountAsync())!;
        Assert.True(account.OpenedWithPositions);
        Assert.Equal(new PaperCash(Account, Money.FromDollars(5_000m), Money.FromDollars(5_000m)), Assert.Single(account.Accounts));
    }

    [Fact]
    public async Task Section6_an_open_venue_is_never_re_seeded()
    {
        using var venue = await HoldingAsync(5_000m, ("AAPL", 100m, 190m));
        await venue.SubmitAsync(Sell("o-1", "AAPL", 1_900m, 190m), None);

        var again = await venue.EnsureOpenedAsync(Opening(99_000m, ("AAPL", 500m, 190m), ("XOM", 1m, 100m)));

        Assert.Equal(Money.FromDollars(6_900m), again.Cash);
        Assert.Equal([Holding("AAPL", 90m, 17_100m)], await venue.ListPositionsAsync());
    }

    [Fact]
    public async Task Section6_a_buy_adds_shares_and_a_sell_removes_them()
    {
        using var venue = await HoldingAsync(10_000m, ("MSFT", 10m, 400m));

        await venue.SubmitAsync(Buy("o-1", "MSFT", 2_000m, 400m), None);
        await venue.SubmitAsync(Sell("o-2", "MSFT", 4_000m, 400m), None);

        Assert.Equal([Holding("MSFT", 5m, 2_000m)], await venue.ListPositionsAsync());
        Assert.Equal(Money.FromDollars(12_000m), (await venue.ReadAccountAsync())!.Cash);
    }

    [Fact]
    public async Task Section6_a_sell_of_shares_not_held_is_rejected_no_short_selling()
    {
        using var venue = await HoldingAsync(10_000m, ("MSFT", 10m, 400m));

        var outcome = await venue.SubmitAsync(Sell("o-1", "AAPL", 1_000m, 190m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Contains("no short selling", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Rejected, (await venue.GetOrderAsync(Id("o-1"), None)).Order!.Status);
        Assert.Equal([Holding("MSFT", 10m, 4_000m)], await venue.ListPositionsAsync());
        Assert.Equal(Money.FromDollars(10_000m), (await venue.ReadAccountAsync())!.Cash);
    }

    [Fact]
    public async Task Section6_a_sell_above_the_held_quantity_is_rejected_insufficient_qty_available()
    {
        using var venue = await HoldingAsync(0m, ("MSFT", 10m, 400m));

        var outcome = await venue.SubmitAsync(Sell("o-1", "MSFT", 4_000.01m, 400m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.StartsWith("insufficient qty available", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(10m, Assert.Single(await venue.ListPositionsAsync()).Quantity);
    }

    [Fact]
    public async Task Section6_a_sell_above_the_unreserved_quantity_is_rejected_insufficient_qty_available()
    {
        using var venue = await HoldingAsync(10_000m);
        var entry = (await venue.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None)).Order!;
        await venue.ProtectAsync(Protection(entry, 380m), None);

        var outcome = await venue.SubmitAsync(Sell("o-2", "MSFT", 2_000m, 400m), None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal("insufficient qty available for order (requested: 5, available: 0)", outcome.Reason);
        Assert.Equal([Holding("MSFT", 10m, 4_000m, reserved: 10m)], await venue.ListPositionsAsync());
    }

    [Fact]
    public async Task Section6_a_canceled_protective_order_gives_its_shares_back()
    {
        using var venue = await HoldingAsync(10_000m);
        var entry = (await venue.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None)).Order!;
        var protection = await venue.ProtectAsync(Protection(entry, 380m), None);

        await venue.CancelAsync(Assert.Single(protection.Orders).ClientOrderId, None);
        var outcome = await venue.SubmitAsync(Sell("o-2", "MSFT", 2_000m, 400m), None);

        Assert.Equal(OrderStatus.Filled, outcome.Order!.Status);
        Assert.Equal([Holding("MSFT", 5m, 2_000m)], await venue.ListPositionsAsync());
    }

    [Fact]
    public async Task Section6_linked_orders_reserve_their_shares_once()
    {
        using var venue = await HoldingAsync(10_000m, ("MSFT", 4m, 400m));
        var entry = (await venue.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None)).Order!;
        var protection = await venue.ProtectAsync(Protection(entry, 380m, (440m, 100m)), None);

        var position = Assert.Single(await venue.ListPositionsAsync());

        Assert.Equal(2, protection.Orders.Count);
        Assert.Equal(14m, position.Quantity);
        Assert.Equal(10m, position.Reserved);
        Assert.Equal(OrderStatus.Filled, (await venue.SubmitAsync(Sell("o-2", "MSFT", 1_600m, 400m), None)).Order!.Status);
        Assert.Equal(OrderOutcomeKind.Rejected, (await venue.SubmitAsync(Sell("o-3", "MSFT", 0.01m, 400m), None)).Kind);
    }

    [Fact]
    public async Task Section6_an_open_sell_by_notional_reserves_the_shares_it_was_accepted_for()
    {
        using var venue = await HoldingAsync("""{"tickers": {"MSFT": {"no_fill": true}}}""", 0m, ("MSFT", 10m, 400m));

        var open = await venue.SubmitAsync(Sell("o-1", "MSFT", 2_400m, 400m), None);
        var second = await venue.SubmitAsync(Sell("o-2", "MSFT", 1_600.01m, 400m), None);

        Assert.Equal(OrderStatus.Accepted, open.Order!.Status);
        Assert.Equal(6m, Assert.Single(await venue.ListPositionsAsync()).Reserved);
        Assert.Equal("insufficient qty available for order (requested: 4.000025, available: 4)", second.Reason);
    }

    [Fact]
    public async Task Section6_a_sell_in_one_account_cannot_take_another_accounts_shares()
    {
        using var venue = PaperVenue.OpenInMemory(Script("{}"), new Domain.Time.SimulatedClock(Start));
        await venue.EnsureOpenedAsync(Opening(1_000m, ("XOM", 500m, 112m)) with
        {
            Cash = [new PaperCash(Account, Money.FromDollars(1_000m), Money.FromDollars(1_000m)), new PaperCash(Roth, Money.Zero, Money.Zero)],
        });

        var outcome = await venue.SubmitAsync(Sell("o-1", "XOM", 1_120m, 112m) with { Account = Roth }, None);

        Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
        Assert.Contains("ROTH-1 holds no XOM", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section6_an_order_for_an_account_the_venue_does_not_hold_is_rejected()
    {
        using var venue = await HoldingAsync(1_000m, ("XOM", 500m, 112m));

        var outcome = await venue.SubmitAsync(Buy("o-1", "XOM", 100m, 112m) with { Account = Roth }, None);

        Assert.Equal("the paper venue has no account ROTH-1", outcome.Reason);
    }

    [Fact]
    public async Task Section6_each_account_spends_and_receives_its_own_cash()
    {
        using var venue = PaperVenue.OpenInMemory(Script("{}"), new Domain.Time.SimulatedClock(Start));
        await venue.EnsureOpenedAsync(new PaperOpening(
            [new PaperCash(Account, Money.FromDollars(3_000m), Money.FromDollars(3_000m)), new PaperCash(Roth, Money.FromDollars(1_000m), Money.FromDollars(1_000m))],
            [new PaperPosition(Roth, Ticker.Create("XOM"), 10m, Money.FromDollars(1_120m))]));

        var tooMuch = await venue.SubmitAsync(Buy("o-1", "MSFT", 1_000.01m) with { Account = Roth }, None);
        await venue.SubmitAsync(Buy("o-2", "MSFT", 2_000m), None);
        await venue.SubmitAsync(Sell("o-3", "XOM", 560m, 112m) with { Account = Roth }, None);

        Assert.Equal("insufficient buying power", tooMuch.Reason);
        var cash = (await venue.ReadAccountAsync())!.Accounts;
        Assert.Equal([Money.FromDollars(1_560m), Money.FromDollars(1_000m)], cash.OrderBy(c => c.Account!.Value.Value).Select(c => c.Cash));
        Assert.Equal(5m, (await venue.ListPositionsAsync()).Single(p => p.Account == Roth).Quantity);
    }

    [Fact]
    public async Task Section6_a_position_is_never_protected_for_more_shares_than_held_and_unreserved()
    {
        using var venue = await HoldingAsync(10_000m);
        var entry = (await venue.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None)).Order!;
        await venue.SubmitAsync(Sell("o-2", "MSFT", 2_000m, 400m), None);

        var protection = await venue.ProtectAsync(Protection(entry, 380m), None);

        Assert.Equal(5m, Assert.Single(protection.Orders).Quantity);
        Assert.Contains(protection.Unprotected, u => u.Contains("protecting 5", StringComparison.Ordinal));
        Assert.Equal(5m, Assert.Single(await venue.ListPositionsAsync()).Reserved);
    }

    [Fact]
    public async Task Section6_asking_again_for_the_same_protection_returns_the_orders_placed()
    {
        using var venue = await HoldingAsync(10_000m);
        var entry = (await venue.SubmitAsync(Buy("o-1", "MSFT", 4_000m, 400m), None)).Order!;
        var first = await venue.ProtectAsync(Protection(entry, 380m, (440m, 50m)), None);

        var again = await venue.ProtectAsync(Protection(entry, 380m, (440m, 50m)), None);

        Assert.Equal(first.Orders.Select(o => (o.ClientOrderId, o.Quantity)), again.Orders.Select(o => (o.ClientOrderId, o.Quantity)));
        Assert.Empty(again.Unprotected);
        Assert.Equal(first.Orders.Count, (await venue.ListOrdersAsync()).Count - 1);
    }
}
