using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Testing.Builders;
using Xunit;

namespace PortfolioOrchestrator.Testing.Contracts;

/// <summary>The journal's promises about lots (CONTRACT Resolution 15): per (account, ticker), across runs, replaced atomically.</summary>
public abstract partial class JournalContract
{
    private static readonly AccountId Taxable = AccountId.Create("TAXABLE-1");
    private static readonly Ticker Nvda = Ticker.Create("NVDA");

    [Fact]
    public async Task Resolution15_a_position_the_journal_has_no_lots_of_loads_empty()
    {
        var position = await Journal.LoadPositionLotsAsync(Taxable, Nvda, _ct);

        Assert.Equal((Taxable, Nvda), (position.Account, position.Ticker));
        Assert.Empty(position.Lots);
        Assert.Empty(await Journal.ListPositionLotsAsync(_ct));
    }

    [Fact]
    public async Task Resolution15_lots_committed_by_one_run_load_in_the_next_with_their_prices_and_protective_orders()
    {
        var first = Run("r1");
        var second = Run("r2");
        await Journal.CreateRunAsync(first, _ct);
        await Journal.CreateRunAsync(second, _ct);
        var lots = new PositionLots(Taxable, Nvda, [LotBuilder.HeldBefore(3m), LotBuilder.Opened("po-aaaa-a1", "r1", 10m, 120m, 160m)]);

        await Journal.CommitAsync(Batch(first.Header) with { Positions = [lots] }, _ct);
        await Journal.CommitAsync(Batch(second.Header), _ct);

        var loaded = await Journal.LoadPositionLotsAsync(AccountId.Create("taxable-1"), Ticker.Create("nvda"), _ct);
        Assert.Equal([LotId.HeldBefore, LotId.Create("po-aaaa-a1")], loaded.Lots.Select(l => l.Id));
        var opened = loaded.Lots[1];
        Assert.Equal(10m, opened.Quantity);
        Assert.Equal(RunId.Create("r1"), opened.RunId);
        Assert.Equal(TradeId.Create("T-po-aaaa-a1"), opened.TradeId);
        Assert.Equal(RunBuilder.Start, opened.OpenedAt);
        Assert.Equal(Money.FromDollars(120m), opened.Stop!.Price);
        Assert.Equal([(Money.FromDollars(160m), 100m)], opened.Targets.Select(t => (t.Price, t.PercentOfPosition)));
        Assert.Equal(1, opened.Generation);
        Assert.Equal(lots.Lots[1].ProtectiveOrders, opened.ProtectiveOrders);
        Assert.Equal(10m, loaded.ProtectedQuantity);
        Assert.Equal(13m, loaded.HeldQuantity);
        Assert.True(loaded.Lots[0].IsHeldBefore);
    }

    [Fact]
    public async Task Resolution15_a_later_commit_replaces_a_positions_lots_and_leaves_other_positions_alone()
    {
        var run = Run("r1");
        await Journal.CreateRunAsync(run, _ct);
        var msft = Ticker.Create("MSFT");
        var roth = AccountId.Create("ROTH-1");
        await Journal.CommitAsync(Batch(run.Header) with
        {
            Positions =
            [
                new PositionLots(Taxable, Nvda, [LotBuilder.Opened("po-aaaa-a1", "r1", 10m, 120m, 160m)]),
                new PositionLots(Taxable, msft, [LotBuilder.Opened("po-bbbb-a1", "r1", 4m, 300m, 450m)]),
                new PositionLots(roth, Nvda, [LotBuilder.Opened("po-cccc-a1", "r1", 2m, 110m, 170m)]),
            ],
        }, _ct);

        var sold = new PositionLots(Taxable, Nvda, [LotBuilder.Opened("po-aaaa-a1", "r1", 4m, 120m, 160m, generation: 2)]);
        await Journal.CommitAsync(Batch(run.Header) with { Positions = [sold] }, _ct);

        var nvda = await Journal.LoadPositionLotsAsync(Taxable, Nvda, _ct);
        Assert.Equal(4m, Assert.Single(nvda.Lots).Quantity);
        Assert.Equal(2, nvda.Lots[0].Generation);
        Assert.Equal(
            [("ROTH-1", "NVDA", 2m), ("TAXABLE-1", "MSFT", 4m), ("TAXABLE-1", "NVDA", 4m)],
            (await Journal.ListPositionLotsAsync(_ct)).Select(p => (p.Account.Value, p.Ticker.Value, p.HeldQuantity)));
    }

    [Fact]
    public async Task Resolution15_a_position_whose_lots_are_all_gone_is_no_longer_listed()
    {
        var run = Run("r1");
        await Journal.CreateRunAsync(run, _ct);
        await Journal.CommitAsync(Batch(run.Header) with { Positions = [new PositionLots(Taxable, Nvda, [LotBuilder.Opened("po-aaaa-a1", "r1", 10m, 120m, 160m)])] }, _ct);

        await Journal.CommitAsync(Batch(run.Header) with { Positions = [PositionLots.Empty(Taxable, Nvda)] }, _ct);

        Assert.Empty((await Journal.LoadPositionLotsAsync(Taxable, Nvda, _ct)).Lots);
        Assert.Empty(await Journal.ListPositionLotsAsync(_ct));
    }

    [Fact]
    public async Task Resolution15_lots_in_a_refused_commit_are_not_recorded()
    {
        var ghost = Run("ghost");

        await Assert.ThrowsAnyAsync<Exception>(() => Journal.CommitAsync(
            Batch(ghost.Header) with { Positions = [new PositionLots(Taxable, Nvda, [LotBuilder.Opened("po-aaaa-a1", "ghost", 10m, 120m, 160m)])] }, _ct));

        Assert.Empty((await Journal.LoadPositionLotsAsync(Taxable, Nvda, _ct)).Lots);
    }
}
