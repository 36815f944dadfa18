using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using Xunit;

namespace PortfolioOrchestrator.Testing.Contracts;

/// <summary>
/// The promises every <see cref="IBroker"/> keeps, whatever the venue (the port's documentation and
/// CONTRACT Resolutions 9, 11, 12, 16 and 18). A venue's test class derives from this and opens a venue
/// that trades <see cref="Tickers"/> as they say, with <see cref="OpeningCash"/> in its one account.
/// </summary>
public abstract class BrokerContract : IAsyncLifetime
{
    public const decimal OpeningCash = 100_000m;

    protected static readonly AccountId Account = AccountId.Create("TAXABLE-1");

    /// <summary>Prices chosen so that each notional below buys whole shares.</summary>
    public static readonly IReadOnlyList<ContractTicker> Tickers =
    [
        new("MSFT", 400m, ContractFill.Full),
        new("AMD", 150m, ContractFill.Half),
        new("TSLA", 250m, ContractFill.Never),
        new("NVDA", 500m, ContractFill.Reject),
    ];

    private IBroker? _broker;

    protected IBroker Broker => _broker ?? throw new InvalidOperationException("The venue is opened in InitializeAsync.");

    /// <summary>Opens a fresh venue trading <paramref name="tickers"/>, with <paramref name="openingCash"/> dollars.</summary>
    protected abstract Task<IBroker> OpenAsync(decimal openingCash, IReadOnlyList<ContractTicker> tickers);

    public async Task InitializeAsync() => _broker = await OpenAsync(OpeningCash, Tickers);

    public virtual Task DisposeAsync()
    {
        (_broker as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_venue_has_a_name()
    {
        Assert.False(string.IsNullOrWhiteSpace(Broker.Name));
    }

    [Fact]
    public async Task An_accepted_order_is_the_one_asked_for_in_the_account_asked_for()
    {
        var request = Buy("MSFT", 4_000m);

        var outcome = await Broker.SubmitAsync(request, default);

        Assert.Equal(OrderOutcomeKind.Accepted, outcome.Kind);
        var order = outcome.Order!;
        Assert.Equal(request.ClientOrderId, order.ClientOrderId);
        Assert.Equal(request.Ticker, order.Ticker);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(OrderType.Market, order.Type);
        Assert.True(order.Account is null || order.Account == Account, $"the order landed in {order.Account}");
        Assert.False(string.IsNullOrWhiteSpace(order.BrokerOrderId));
    }

    [Fact]
    public async Task A_repeated_submit_with_the_same_client_order_id_returns_the_existing_order_and_creates_no_second()
    {
        var request = Buy("MSFT", 4_000m);
        var first = await Broker.SubmitAsync(request, default);

        var again = await Broker.SubmitAsync(request, default);

        Assert.Equal(OrderOutcomeKind.Accepted, again.Kind);
        Assert.False(first.AlreadyPlaced);
        Assert.True(again.AlreadyPlaced, "the venue answered a reused id as a new order");
        Assert.Equal(first.Order!.BrokerOrderId, again.Order!.BrokerOrderId);
        Assert.Equal(first.Order.FilledQuantity, again.Order.FilledQuantity);
        var account = await Broker.GetAccountAsync(default);
        if (account is not null)
        {
            AssertDollars(OpeningCash - first.Order.FilledNotional.Dollars, account.Cash.Dollars, "cash after one fill, the repeat paying nothing");
        }
    }

    /// <summary>
    /// CONTRACT Resolution 17: nothing is asked before a first send, so a venue must itself refuse an id it
    /// holds — even under another body — and answer with the order it holds, marked as placed before.
    /// </summary>
    [Fact]
    public async Task Resolution17_a_reused_client_order_id_under_another_body_makes_no_second_order()
    {
        var request = Buy("MSFT", 4_000m);
        var first = await Broker.SubmitAsync(request, default);

        var again = await Broker.SubmitAsync(request with { Notional = Money.FromDollars(8_000m) }, default);

        Assert.Equal(OrderOutcomeKind.Accepted, again.Kind);
        Assert.True(again.AlreadyPlaced, "the venue answered a reused id as a new order");
        Assert.Equal(first.Order!.BrokerOrderId, again.Order!.BrokerOrderId);
        Assert.Equal(first.Order.FilledQuantity, again.Order.FilledQuantity);
        if (await Broker.GetAccountAsync(default) is { } account)
        {
            AssertDollars(OpeningCash - first.Order.FilledNotional.Dollars, account.Cash.Dollars, "cash after one fill, the reused id paying nothing");
        }
    }

    [Fact]
    public async Task A_repeated_submit_of_a_working_order_returns_it_still_working()
    {
        var request = Buy("TSLA", 2_500m);
        var first = await Broker.SubmitAsync(request, default);

        var again = await Broker.SubmitAsync(request, default);

        Assert.Equal(OrderOutcomeKind.Accepted, again.Kind);
        Assert.Equal(first.Order!.BrokerOrderId, again.Order!.BrokerOrderId);
        Assert.False(again.Order.Status.IsFinal());
        Assert.Equal(0m, again.Order.FilledQuantity);
    }

    [Fact]
    public async Task Lookup_of_an_unknown_client_order_id_is_not_found()
    {
        var lookup = await Broker.GetOrderAsync(ClientOrderId.Create("QA-CONTRACT-T-999-1"), default);

        Assert.Equal(OrderLookupKind.NotFound, lookup.Kind);
        Assert.Null(lookup.Order);
    }

    [Fact]
    public async Task Lookup_of_a_submitted_order_finds_it_as_the_submit_reported_it()
    {
        var submitted = (await Broker.SubmitAsync(Buy("MSFT", 4_000m), default)).Order!;

        var lookup = await Broker.GetOrderAsync(submitted.ClientOrderId, default);

        Assert.Equal(OrderLookupKind.Found, lookup.Kind);
        Assert.Equal(submitted.ClientOrderId, lookup.Order!.ClientOrderId);
        Assert.Equal(submitted.BrokerOrderId, lookup.Order.BrokerOrderId);
        Assert.Equal(submitted.Status, lookup.Order.Status);
        Assert.Equal(submitted.FilledQuantity, lookup.Order.FilledQuantity);
    }

    [Fact]
    public async Task A_filled_order_is_final_and_never_fills_more_than_its_notional()
    {
        var order = (await Broker.SubmitAsync(Buy("MSFT", 4_000m), default)).Order!;

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(10m, order.FilledQuantity);
        Assert.True(order.FilledNotional.Dollars <= 4_000m, $"filled {order.FilledNotional} of a $4,000 order");
        AssertDollars(4_000m, order.FilledNotional.Dollars, "filled dollars");
        AssertFillsAddUp(order);
    }

    [Fact]
    public async Task A_half_filled_order_reports_what_filled()
    {
        var order = (await Broker.SubmitAsync(Buy("AMD", 3_000m), default)).Order!;

        Assert.Equal(10m, order.FilledQuantity);
        Assert.NotEqual(OrderStatus.Filled, order.Status);
        AssertDollars(1_500m, order.FilledNotional.Dollars, "filled dollars");
        AssertFillsAddUp(order);
    }

    [Fact]
    public async Task A_rejected_order_fills_nothing_and_changes_no_cash_even_when_sent_again()
    {
        var request = Buy("NVDA", 5_000m);

        var first = await Broker.SubmitAsync(request, default);
        var again = await Broker.SubmitAsync(request, default);

        foreach (var outcome in new[] { first, again })
        {
            Assert.Equal(OrderOutcomeKind.Rejected, outcome.Kind);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
            Assert.Equal(0m, outcome.Order?.FilledQuantity ?? 0m);
        }

        if (await Broker.GetAccountAsync(default) is { } account)
        {
            AssertDollars(OpeningCash, account.Cash.Dollars, "cash after a rejection");
        }
    }

    [Fact]
    public async Task Cancel_of_a_working_order_ends_it_canceled_with_nothing_filled()
    {
        var order = (await Broker.SubmitAsync(Buy("TSLA", 2_500m), default)).Order!;

        var canceled = await Broker.CancelAsync(order.ClientOrderId, default);

        Assert.Equal(OrderOutcomeKind.Accepted, canceled.Kind);
        Assert.Equal(OrderStatus.Canceled, canceled.Order!.Status);
        Assert.Equal(0m, canceled.Order.FilledQuantity);
        var lookup = await Broker.GetOrderAsync(order.ClientOrderId, default);
        Assert.Equal(OrderStatus.Canceled, lookup.Order!.Status);
    }

    [Fact]
    public async Task Cancel_leaves_what_filled_filled()
    {
        var order = (await Broker.SubmitAsync(Buy("AMD", 3_000m), default)).Order!;

        var canceled = await Broker.CancelAsync(order.ClientOrderId, default);

        Assert.Equal(OrderOutcomeKind.Accepted, canceled.Kind);
        Assert.True(canceled.Order!.Status.IsFinal(), $"a completed cancel is final, not {canceled.Order.Status}");
        Assert.Equal(order.FilledQuantity, canceled.Order.FilledQuantity);
        AssertDollars(order.FilledNotional.Dollars, canceled.Order.FilledNotional.Dollars, "filled dollars after cancel");
        Assert.Equal(order.FilledQuantity, (await Broker.GetOrderAsync(order.ClientOrderId, default)).Order!.FilledQuantity);
    }

    [Fact]
    public async Task Cancel_of_a_filled_order_leaves_it_filled()
    {
        var order = (await Broker.SubmitAsync(Buy("MSFT", 4_000m), default)).Order!;

        var canceled = await Broker.CancelAsync(order.ClientOrderId, default);

        Assert.Equal(OrderOutcomeKind.Accepted, canceled.Kind);
        Assert.Equal(OrderStatus.Filled, canceled.Order!.Status);
        Assert.Equal(order.FilledQuantity, canceled.Order.FilledQuantity);
    }

    [Fact]
    public async Task Cancel_of_an_unknown_client_order_id_is_never_accepted()
    {
        var outcome = await Broker.CancelAsync(ClientOrderId.Create("QA-CONTRACT-T-999-1"), default);

        Assert.NotEqual(OrderOutcomeKind.Accepted, outcome.Kind);
    }

    [Fact]
    public async Task Protection_never_covers_more_shares_than_filled()
    {
        var entry = (await Broker.SubmitAsync(Buy("MSFT", 4_000m), default)).Order!;

        var protection = await Broker.ProtectAsync(Protect(entry, 360m, (440m, 50m), (480m, 50m)), default);

        Assert.NotEmpty(protection.Orders);
        AssertProtects(entry, protection);
        Assert.Equal(entry.FilledQuantity, protection.Orders.Where(o => o.Type == OrderType.Stop).Sum(o => o.Quantity ?? 0m));
        Assert.Equal(entry.FilledQuantity, protection.Orders.Where(o => o.Type == OrderType.Limit).Sum(o => o.Quantity ?? 0m));
    }

    [Fact]
    public async Task Protection_of_a_partly_filled_entry_covers_only_the_filled_shares()
    {
        var entry = (await Broker.SubmitAsync(Buy("AMD", 3_000m), default)).Order!;
        entry = (await Broker.CancelAsync(entry.ClientOrderId, default)).Order!;

        var protection = await Broker.ProtectAsync(Protect(entry, 130m, (170m, 100m)), default);

        AssertProtects(entry, protection);
    }

    [Fact]
    public async Task Protection_asked_for_more_shares_than_filled_covers_no_more_than_filled()
    {
        var entry = (await Broker.SubmitAsync(Buy("MSFT", 4_000m), default)).Order!;

        var protection = await Broker.ProtectAsync(Protect(entry, 360m, (440m, 100m)) with { FilledQuantity = entry.FilledQuantity * 2 }, default);

        AssertProtects(entry, protection);
        Assert.NotEmpty(protection.Unprotected);
    }

    [Fact]
    public async Task Protection_of_an_entry_with_nothing_filled_places_nothing()
    {
        var entry = (await Broker.SubmitAsync(Buy("TSLA", 2_500m), default)).Order!;

        var protection = await Broker.ProtectAsync(Protect(entry, 200m, (300m, 100m)) with { FilledQuantity = 10m }, default);

        Assert.Empty(protection.Orders);
        Assert.NotEmpty(protection.Unprotected);
    }

    [Fact]
    public async Task Protection_asked_again_places_nothing_twice()
    {
        var entry = (await Broker.SubmitAsync(Buy("MSFT", 4_000m), default)).Order!;
        var request = Protect(entry, 360m, (440m, 50m), (480m, 50m));
        var first = await Broker.ProtectAsync(request, default);

        var again = await Broker.ProtectAsync(request, default);

        Assert.Equal(Ids(first), Ids(again));
        AssertProtects(entry, again);
    }

    [Fact]
    public async Task The_account_reports_the_opening_cash_before_any_order()
    {
        var account = await Broker.GetAccountAsync(default);

        Assert.NotNull(account);
        AssertDollars(OpeningCash, account.Cash.Dollars, "opening cash");
        Assert.False(account.TradingBlocked);
    }

    [Fact]
    public async Task The_account_cash_moves_by_the_dollars_that_changed_hands()
    {
        var full = (await Broker.SubmitAsync(Buy("MSFT", 4_000m), default)).Order!;
        var half = (await Broker.SubmitAsync(Buy("AMD", 3_000m), default)).Order!;
        await Broker.SubmitAsync(Buy("TSLA", 2_500m), default);

        var account = await Broker.GetAccountAsync(default);

        AssertDollars(OpeningCash - full.FilledNotional.Dollars - half.FilledNotional.Dollars, account!.Cash.Dollars, "cash after fills");
    }

    protected static OrderRequest Buy(string ticker, decimal dollars, string trade = "T-001")
    {
        var price = Tickers.Single(t => t.Symbol == ticker).Price;
        return new OrderRequest(
            ClientOrderId.ForEntry("QA-CONTRACT", TradeId.Create(trade + "-" + ticker), 1),
            Ticker.Create(ticker),
            OrderSide.Buy,
            Account,
            Money.FromDollars(dollars),
            Money.FromDollars(price));
    }

    protected static ProtectionRequest Protect(BrokerOrder entry, decimal stop, params (decimal Price, decimal Percent)[] targets) =>
        new(
            entry.ClientOrderId,
            entry.Ticker,
            Account,
            entry.FilledQuantity,
            new StopLossSpec(Money.FromDollars(stop)),
            [.. targets.Select(t => new ProfitTargetSpec(Money.FromDollars(t.Price), t.Percent))]);

    private static List<string> Ids(ProtectionOutcome outcome) => [.. outcome.Orders.Select(o => o.BrokerOrderId).Order(StringComparer.Ordinal)];

    /// <summary>Sells of the entry's ticker in its account, no more shares stopped or targeted than filled.</summary>
    private static void AssertProtects(BrokerOrder entry, ProtectionOutcome protection)
    {
        Assert.All(protection.Orders, o =>
        {
            Assert.Equal(entry.Ticker, o.Ticker);
            Assert.Equal(OrderSide.Sell, o.Side);
            Assert.True(o.Account is null || o.Account == Account, $"protection landed in {o.Account}");
            Assert.True(o.Quantity > 0m, $"a protective order of {o.Quantity} shares");
        });
        var stopped = protection.Orders.Where(o => o.Type == OrderType.Stop).Sum(o => o.Quantity ?? 0m);
        var targeted = protection.Orders.Where(o => o.Type == OrderType.Limit).Sum(o => o.Quantity ?? 0m);
        Assert.True(stopped <= entry.FilledQuantity, $"{stopped} shares stopped of {entry.FilledQuantity} filled");
        Assert.True(targeted <= entry.FilledQuantity, $"{targeted} shares targeted of {entry.FilledQuantity} filled");
    }

    private static void AssertFillsAddUp(BrokerOrder order)
    {
        if (order.Fills.Count == 0)
        {
            return;
        }

        Assert.Equal(order.Fills.Count, order.Fills.Select(f => f.ExecutionId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(order.FilledQuantity, order.Fills.Sum(f => f.Quantity));
    }

    private static void AssertDollars(decimal expected, decimal actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 0.01m, $"{what}: expected {expected}, got {actual}");
}
